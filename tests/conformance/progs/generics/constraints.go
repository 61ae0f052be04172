package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type MyInt int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Ordered interface {
	~int | ~uint | ~float64 | ~string
}

func SortedInsert[T Ordered](xs []T, v T) []T {
	i := 0
	for i < len(xs) && xs[i] < v {
		i++
	}
	xs = append(xs, v)
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[MyInt](4, 5))
	fmt.Printf("%T\n", Sum[MyInt](1))
	var i8 int8 = 100
	fmt.Println(Sum(i8, i8))
	fmt.Println(Max(3, 7), Max("a", "b"), Max(2.5, -1))
	xs := []string{}
	for _, s := range []string{"m", "c", "x", "a"} {
		xs = SortedInsert(xs, s)
	}
	fmt.Println(xs)
}
