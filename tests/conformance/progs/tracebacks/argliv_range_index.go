package main

import "fmt"

//go:noinline
func idx(xs []int, s string, n int) int {
	t := 0
	for i := range xs {
		fmt.Println(i)
		t += 10 / (xs[0] - n)
	}
	for _, r := range s {
		fmt.Println(r)
	}
	return t
}

func main() {
	fmt.Println(idx([]int{1, 2}, "ab", 1))
}
