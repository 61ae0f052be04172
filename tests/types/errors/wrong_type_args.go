package main

func f[T any, U any](x T, y U) {}

type List[T any] struct{ v T }

func main() {
	f[int, int, int](1, 2)
	var l List
	_ = l
}
