package main

import "fmt"

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type K struct {
	a int
	b string
}

func main() {
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]K{{1, "x"}}, K{1, "x"}))
	fmt.Println(Index([]any{1, "a"}, any("a")))
	var e1, e2 error
	fmt.Println(e1 == e2)
	m := map[any]int{1: 1, "a": 2}
	fmt.Println(len(m))
}
