package main

import "fmt"

// A field promoted through a nil embedded pointer faults at its offset in the embedded struct.
type E struct {
	p, q int
}

type T struct {
	a int
	*E
}

func main() {
	t := &T{a: 1}
	fmt.Println(t.a)
	fmt.Println(t.q)
}
