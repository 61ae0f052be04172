package main

import "fmt"

type op struct{ f func(int) int }

func each(xs []int, f func(int) int) int {
	t := 0
	for _, x := range xs {
		t += f(x)
	}
	return t
}

func main() {
	zero := 0
	fmt.Println(each([]int{1, 2}, func(x int) int { return x * 2 }))
	o := op{f: func(x int) int { return x / zero }}
	fmt.Println(func(x int) int { return x + 1 }(1))
	fmt.Println(o.f(3))
}
