package main

import "fmt"

//go:noinline
func leaf(k int) {
	defer func() {
		var m map[string]int
		m[fmt.Sprint(k)] = k
	}()
	fmt.Println("leaf", k)
}

//go:noinline
func f(n int, s string) {
	defer fmt.Println("f done", n)
	leaf(n * 2)
	fmt.Println(n, s)
}

func main() {
	f(21, "abc")
}
