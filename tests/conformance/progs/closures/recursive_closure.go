package main

import "fmt"

func main() {
	var fib func(n int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(50), len(memo))
	var walk func(depth int) int
	walk = func(depth int) int {
		if depth == 0 {
			return 1
		}
		return walk(depth-1) * 2
	}
	fmt.Println(walk(20))
}
