package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(prefix string, vals ...any) string {
	return fmt.Sprint(prefix, len(vals), vals, vals == nil)
}

func modify(xs ...int) { xs[0] = 100 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(describe("a"), describe("b", 1, "x"), describe("c", nil))
	modify(s...)
	fmt.Println(s)
	var empty []int
	fmt.Println(sum(empty...))
	fmt.Println(describe("d", []any{1, 2}...))
}
