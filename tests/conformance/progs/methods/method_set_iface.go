package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(f float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64     { return r.W * r.H }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }

func main() {
	r := &Rect{2, 3}
	var s Shape = r
	s.Scale(2)
	fmt.Println(s.Area(), r.W)
	shapes := []Shape{&Rect{1, 1}, &Rect{2, 2}}
	total := 0.0
	for _, sh := range shapes {
		sh.Scale(3)
		total += sh.Area()
	}
	fmt.Println(total)
	var a interface{ Area() float64 } = Rect{4, 5}
	fmt.Println(a.Area())
}
