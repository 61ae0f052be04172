package main

import (
	"fmt"
	"sort"
)

func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return Set[T]{} }

type P struct{ X, Y int }

func main() {
	ks := Keys(map[string]int{"b": 1, "a": 2, "c": 3})
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]P{{1, 2}, {3, 4}}, P{3, 4}), Index([]any{1, "a"}, any("a")))
	s := NewSet[P]()
	s.Add(P{1, 1})
	fmt.Println(s.Has(P{1, 1}), s.Has(P{2, 2}), len(s))
}
