package main

import "fmt"

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func pair() (int, int) { return 1, 2 }

func add(a, b int) int { return a + b }

type op func(int, int) int

func main() {
	fmt.Println(sum(1), sum(1, 2, 3), sum(0, []int{4, 5}...), add(pair()))
	var o op = add
	fmt.Println(o(1, 2))
	fmt.Println(pair())
	args := []any{1, "a"}
	fmt.Println(args...)
}
