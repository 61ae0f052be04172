package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(fs ...func(int) int) int {
	v := 1
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func main() {
	c := counter()
	c()
	fmt.Println(c(), apply(func(x int) int { return x * 2 }, func(x int) int { return x + 3 }))
	xs := []func(int) int{}
	fmt.Println(apply(xs...))
}
