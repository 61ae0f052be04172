package main

import "fmt"

type Shape interface{ Area() float64 }
type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Square struct{ S float64 }

func (s *Square) Area() float64 { return s.S * s.S }

func radius(s Shape) float64 {
	return s.(Circle).R
}

func main() {
	fmt.Println(radius(Circle{2}))
	fmt.Println(radius(&Square{2}))
}
