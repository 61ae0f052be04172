package main

import "fmt"

func small(xs []int, i int) int { return xs[i] }

//go:noinline
func host(xs []int, i int, f float64, unused string) int {
	fmt.Println(f)
	return small(xs, i+1) + int(f)
}

func main() {
	fmt.Println(host([]int{1}, 0, 2.5, "u"))
}
