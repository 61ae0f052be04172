package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~uint16
}

func at[T interface{ []int | [3]int }, I Integer](x T, i I) int { return x[i] }

type myMap map[string]int

func get[M interface{ map[string]int | myMap }](m M, k string) int { return m[k] }

func add[S ~string | ~[]byte](buf []byte, s S) []byte { return append(buf, s...) }

type myBytes []byte

func first[T any](v any) (T, bool) {
	t, ok := v.(T)
	return t, ok
}

func main() {
	fmt.Println(at([]int{4, 5, 6}, int8(2)), at([3]int{7, 8, 9}, uint16(1)))
	fmt.Println(get(map[string]int{"a": 1}, "a"))
	b := add(nil, "ab")
	b = add(b, myBytes("cd"))
	fmt.Println(string(b))
	n, ok := first[int](3)
	s, ok2 := first[string](3)
	fmt.Println(n, ok, s == "", ok2)
}
