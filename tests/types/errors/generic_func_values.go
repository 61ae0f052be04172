// versions: 1.19 1.21 1.27
package main

func Id[T any](v T) T { return v }

func Pair[K comparable, V any](k K, v V) string { return "" }

func main() {
	var f func(int) int = Id
	var g func(string, bool) string
	g = Pair
	h := Id
	_, _, _ = f, g, h
}
