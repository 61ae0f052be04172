package main

import (
	"fmt"
	"runtime"
)

func kind(f func()) {
	defer func() {
		r := recover()
		_, isRE := r.(runtime.Error)
		fmt.Printf("%T runtime.Error=%v: %v\n", r, isRE, r)
	}()
	f()
}

func main() {
	var s []int
	var m map[int]int
	var p *int
	var i any = 1
	var a, b any = []int{}, []int{}
	zero := 0
	kind(func() { _ = s[1] })
	kind(func() { _ = s[1:zero] })
	kind(func() { m[0] = 1 })
	kind(func() { _ = *p })
	kind(func() { _ = i.(string) })
	kind(func() { _ = a == b })
	kind(func() { _ = 1 / zero })
	kind(func() { _ = make([]int, zero-1) })
	kind(func() { panic("user") })
	kind(func() { panic(fmt.Errorf("user error")) })
}
