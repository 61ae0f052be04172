package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func curry(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a*100 + b*10 + c }
	}
}

func main() {
	sq := func(x int) int { return x * x }
	inc := func(x int) int { return x + 1 }
	fmt.Println(mapInts([]int{1, 2, 3}, sq))
	fmt.Println(compose(sq, inc)(3), compose(inc, sq)(3))
	fmt.Println(curry(1)(2)(3))
	var nilF func()
	fmt.Println(nilF == nil)
	fmt.Println(func(a, b int) int { return a - b }(10, 3))
}
