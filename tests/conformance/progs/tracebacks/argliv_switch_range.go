package main

import "fmt"

//go:noinline
func sw(n int, s string, xs []int) int {
	switch n {
	case 1:
		fmt.Println("one", s)
		return xs[n]
	case 2:
		return xs[n+5]
	}
	return 0
}

//go:noinline
func rng(xs []int, k int) int {
	s := 0
	for _, x := range xs {
		s += x
		fmt.Println(s)
	}
	return sw(k, "ss", xs)
}

func main() {
	fmt.Println(rng([]int{1, 2}, 2))
}
