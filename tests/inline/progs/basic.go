package main

import "fmt"

type Grid struct {
	cells [][]int
	w, h  int
}

type P struct{ x, y int }

func add(a, b int) int { return a + b }

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func (g *Grid) get(x, y int) int { return g.cells[y][x] }

func (p P) scale(k int) P { return P{p.x * k, p.y * k} }

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func first(s string) byte {
	if len(s) == 0 {
		return 0
	}
	return s[0]
}

func pushAll(xs []int, n int) []int {
	for i := 0; i < n; i++ {
		xs = append(xs, i)
	}
	return xs
}

func describe(n int) string {
	return fmt.Sprint("n=", n)
}

func divide(a, b int) int {
	if b == 0 {
		panic("division by zero")
	}
	return a / b
}

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func twice(f func(int) int, x int) int { return f(f(x)) }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	g := &Grid{cells: [][]int{{1}}, w: 1, h: 1}
	fmt.Println(add(1, 2), sum([]int{1, 2}), g.get(0, 0), P{1, 2}.scale(3), clamp(5, 0, 3), first("x"))
	fmt.Println(pushAll(nil, 3), describe(4), divide(6, 3))
	fmt.Println(lookup(map[string]int{"a": 1}, "a"))
	fmt.Println(twice(func(x int) int { return x + 1 }, 1))
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
}
