package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5}
	strs := Map(nums, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(strs, len(strs))
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	sum := Reduce(nums, 0.5, func(a float64, n int) float64 { return a + float64(n) })
	fmt.Println(sum)
	fmt.Println(Map[int, bool](nums, func(n int) bool { return n > 2 }))
}
