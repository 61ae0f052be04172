package main

import "fmt"

type Grid struct {
	cells [][]int
	w, h  int
}

//go:noinline
func (g *Grid) get(x, y int) int {
	return g.cells[y][x]
}

//go:noinline
func sumRow(g *Grid, y int, upto int) int {
	s := 0
	for x := 0; x <= upto; x++ {
		s += g.get(x, y)
	}
	return s
}

//go:noinline
func report(g *Grid, label string, n int) {
	fmt.Println(label, sumRow(g, 1, n))
}

func main() {
	g := &Grid{cells: [][]int{{1, 2}, {3, 4}}, w: 2, h: 2}
	report(g, "ok", 1)
	report(g, "bad", 2)
}
