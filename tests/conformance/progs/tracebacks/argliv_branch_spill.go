package main

import "fmt"

type T struct{ a, b int }

//go:noinline
func (t *T) m(k int, e error) int {
	if k > 2 {
		fmt.Println("big", k)
		return t.a / (k - 3 - t.b)
	}
	return t.a
}

//go:noinline
func branchy(n int, s string) int {
	if n > 0 {
		fmt.Println(s)
		fmt.Println(n)
	}
	t := &T{1, 0}
	return t.m(n, nil)
}

func main() {
	branchy(1, "x")
	fmt.Println(branchy(3, "yy"))
}
