package main

func Map[S ~[]E, E, R any](s S, f func(E) R) []R { return nil }

func Pair[K comparable, V any](k K, v V) {}

func main() {
	g := Map[[]int]
	h := Pair[string]
	_, _ = g, h
}
