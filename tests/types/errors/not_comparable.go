package main

func eq[T comparable](a, b T) bool { return a == b }

func main() {
	_ = eq([]int{}, []int{})
}
