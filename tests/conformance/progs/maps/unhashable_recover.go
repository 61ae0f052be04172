package main

import "fmt"

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Println(r)
		if e, ok := r.(error); ok {
			fmt.Println("error:", e.Error())
		}
	}()
	f()
}

type T struct {
	F func()
}

func main() {
	m := map[any]bool{}
	try(func() { m[map[string]int{}] = true })
	try(func() { _ = m[[]string{"a"}] })
	try(func() { m[T{}] = true })
	try(func() { delete(m, func() {}) })
	try(func() { m[[1][]int{}] = true })
	fmt.Println(len(m))
}
