package main

import "fmt"

//go:noinline
func leaf(a int, s string, xs []int) int {
	return xs[a] + len(s)
}

//go:noinline
func mid(a int, s string, xs []int, b int) int {
	fmt.Println("mid", b)
	r := leaf(a, s, xs)
	return r + b
}

func main() {
	fmt.Println(mid(5, "hello", []int{1, 2}, 7))
}
