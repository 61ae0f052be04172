// versions: 1.21 1.22 1.23 1.24 1.27
package main

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	_ = Max(1, "a")
	_ = Max[string]("a", "b")
	var s []int
	for k, v := range s {
	}
}

func pair[K comparable, V any](k K, v V, m map[K]V) {}

func use() {
	pair(1, "a", map[string]string{})
}
