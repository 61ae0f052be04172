package main

import "fmt"

type S interface{ Get(int) int }

type impl struct{ xs []int }

//go:noinline
func (p impl) Get(i int) int { return p.xs[i] }

//go:noinline
func loop(s S, n int, f func(int) int, tag string) int {
	t := 0
	for i := 0; i < n; i++ {
		t += f(s.Get(i))
	}
	return t + len(tag)
}

func main() {
	fmt.Println(loop(impl{[]int{1, 2}}, 3, func(x int) int { return x + 1 }, "tag"))
}
