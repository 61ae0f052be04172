package main

import "fmt"

type V struct{ n int }

//go:noinline
func (v V) div(d int, e any) int {
	fmt.Println(e)
	return v.n / d
}

//go:noinline
func many(a, b, c, d, e, f, g, h, i, j, k int) int {
	fmt.Println(a)
	return V{b}.div(k-11, c+d+e+f+g+h+i+j)
}

func main() {
	fmt.Println(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
}
