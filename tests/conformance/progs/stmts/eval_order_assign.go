// gc runs the call on the right of an assignment before it loads the target's index or pointer
// (walk/order.go OAS: the call is copied into a temporary unless the target is a name).
package main

import "fmt"

type P struct{ v int }

func main() {
	a := []int{0, 0}
	i := 0
	f := func() int { i = 1; return 5 }
	a[i] = f()
	fmt.Println(a)
	var p *P
	q := &P{}
	g := func() int { p = q; return 3 }
	p2 := &p
	_ = p2
	p.v = g()
	fmt.Println(q.v)
}
