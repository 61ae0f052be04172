package main

import "fmt"

//go:noinline
func vals(xs []int, s string, n int) int {
	t := 0
	for _, r := range s {
		fmt.Println(r)
	}
	for _, x := range xs {
		fmt.Println(x)
		t += 10 / (x - n)
	}
	return t
}

func main() {
	fmt.Println(vals([]int{1, 2}, "ab", 2))
}
