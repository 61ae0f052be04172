package main

import "fmt"

func Sum[S ~[]E, E int | float64](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

func Wrap[T ~[]int](t T) int {
	// S is inferred as T; E from T's core type []int.
	return Sum(t)
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Count[T ~map[string]bool](t T) int { return Keys(t) }

type ints []int

func main() {
	fmt.Println(Wrap(ints{1, 2, 3}), Wrap([]int{4}))
	fmt.Println(Count(map[string]bool{"a": true, "b": false}))
}
