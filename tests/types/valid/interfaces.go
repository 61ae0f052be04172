package main

import (
	"fmt"
	"strconv"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return "rect " + strconv.FormatFloat(r.W, 'f', 1, 64) }

func main() {
	var n Named = Rect{1, 2}
	var s Shape = n
	fmt.Println(s.Area(), n.String(), n)
	if st, ok := s.(fmt.Stringer); ok {
		fmt.Println(st)
	}
	var e any = 3
	_, isInt := e.(int)
	fmt.Println(isInt, s == n)
}
