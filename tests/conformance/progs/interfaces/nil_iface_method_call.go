package main

import "fmt"

type Shape interface{ Area() float64 }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func main() {
	fmt.Println(total([]Shape{Sq(2), Sq(3)}))
	fmt.Println(total([]Shape{Sq(1), nil}))
}
