package main

import "fmt"

type Point struct{ X, Y int }

type Segment struct {
	Name string
	From Point
	To   Point
}

func endY(s *Segment) int {
	return s.To.Y
}

func main() {
	s := &Segment{Name: "a", To: Point{3, 4}}
	fmt.Println(endY(s))
	var none *Segment
	fmt.Println(endY(none))
}
