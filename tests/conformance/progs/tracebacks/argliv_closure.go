package main

import "fmt"

//go:noinline
func clo(n int, s string) func() int {
	return func() int {
		var a []int
		return a[n+len(s)]
	}
}

//go:noinline
func run(f func() int, k int) int {
	fmt.Println("run")
	return f() + k
}

func main() {
	fmt.Println(run(clo(1, "ab"), 4))
}
