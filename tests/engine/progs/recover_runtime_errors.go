// Runtime errors recovered and printed: the messages and dynamic types Go uses.
package main

import (
	"fmt"
	"errors"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRT := r.(interface{ RuntimeError() })
		fmt.Printf("%s: %T %v %v %v\n", name, r, r, isErr && err != nil, isRT)
	}()
	f()
}

type T struct{ a []int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var x any = "str"
	zero := 0
	i := 5
	try("index", func() { _ = s[i] })
	try("index-neg", func() { j := -1; _ = []int{1}[j] })
	try("slice", func() { _ = s[1:i] })
	try("slice3", func() { a := make([]int, 2, 4); _ = a[1:2:i] })
	try("string", func() { _ = "abc"[i] })
	try("nilmap", func() { m["a"] = 1 })
	try("divide", func() { _ = 10 / zero })
	try("nilptr", func() { _ = p.a })
	try("assert", func() { _ = x.(int) })
	try("assert-iface", func() { _ = x.(fmt.Stringer) })
	try("uncomparable", func() { var a, b any = []int{1}, []int{1}; _ = a == b })
	try("unhashable", func() { mm := map[any]int{1: 1}; mm[[]int{1}] = 2 })
	try("makeslice", func() { n := -1; _ = make([]int, n) })
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("nil", func() { panic(nil) })
	fmt.Println(len(m), s == nil)
}
