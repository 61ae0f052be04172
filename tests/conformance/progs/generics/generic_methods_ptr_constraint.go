package main

import "fmt"

type Setter[T any] interface {
	Set(string)
	*T
}

type Conf struct{ val string }

func (c *Conf) Set(s string) { c.val = s }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

type Number interface{ ~int | ~float64 }

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func main() {
	cs := FromStrings[Conf]([]string{"a", "b"})
	fmt.Println(cs)
	fmt.Println(SumMap(map[string]int{"a": 1, "b": 2}), SumMap(map[int]float64{1: 1.5, 2: 2.5}))
}
