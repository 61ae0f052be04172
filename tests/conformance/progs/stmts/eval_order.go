package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func add(a, b, c int) int { return a + b + c }

func main() {
	r := add(v("a", 1), v("b", 2), v("c", 3))
	fmt.Println(r, trace)
	trace = nil
	s := []int{v("x", 1), v("y", 2)}
	_ = map[int]int{v("k1", 1): v("v1", 1), v("k2", 2): v("v2", 2)}
	fmt.Println(s, trace)
	trace = nil
	z := v("l", 1) + v("m", 2)*v("n", 3)
	fmt.Println(z, trace)
}
