package main

import "fmt"

type Matrix [][]float64

func (m Matrix) At(i, j int) float64 { return m[i][j] }

func trace(m Matrix, n int) float64 {
	t := 0.0
	for i := 0; i < n; i++ {
		t += m.At(i, i)
	}
	return t
}

func compute(n int, label string) float64 {
	m := Matrix{{1, 2}, {3, 4}}
	return trace(m, n)
}

func main() {
	fmt.Println(compute(2, "ok"))
	fmt.Println(compute(3, "bad"))
}
