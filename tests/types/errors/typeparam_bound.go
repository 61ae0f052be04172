package main

type Number interface{ ~int | ~float64 }

func sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	_ = sum([]string{"a"})
}
