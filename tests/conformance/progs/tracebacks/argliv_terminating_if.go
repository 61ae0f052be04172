package main

import "fmt"

//go:noinline
func inner(n int, s string) int {
	if n == 0 {
		var a []int
		return a[len(s)]
	}
	return inner(n-1, s) + n
}

//go:noinline
func outer(a, b, c int, s string) int {
	x := a + b
	fmt.Println(x)
	y := inner(c, s)
	return y + a
}

func main() {
	fmt.Println(outer(1, 2, 2, "abc"))
}
