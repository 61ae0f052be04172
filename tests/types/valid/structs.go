package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B Point
	tag  string `json:"tag"`
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func main() {
	l := Line{A: Point{1, 2}, B: Point{Y: 3}}
	l.A.X = 5
	pl := &l
	pl.B.Y++
	fmt.Println(l.A.Add(l.B), pl.tag == "", Point{} == Point{0, 0})
	anon := struct {
		Name string
		Age  int
	}{"a", 1}
	fmt.Println(anon.Name, anon)
	ps := []*Point{{1, 2}, {3, 4}}
	fmt.Println(ps[1].X)
}
