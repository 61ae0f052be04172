package main

import "fmt"

type P struct {
	X int
	S string
	A [2]bool
}

type Q struct {
	P
	F float64
	I any
}

func main() {
	a := P{1, "x", [2]bool{true, false}}
	b := P{1, "x", [2]bool{true, false}}
	c := P{2, "x", [2]bool{}}
	fmt.Println(a == b, a == c, a != c)
	q1 := Q{a, 1.5, 3}
	q2 := Q{b, 1.5, 3}
	q3 := Q{b, 1.5, "3"}
	fmt.Println(q1 == q2, q1 == q3)
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
}
