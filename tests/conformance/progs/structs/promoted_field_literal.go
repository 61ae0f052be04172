// versions: 1.27
package main

import "fmt"

type C struct{ c int }
type B struct {
	b int
	C
}
type A struct {
	a int
	B
	s string
}

func main() {
	x := A{c: 3, a: 1, b: 2, s: "s"}
	y := A{B: B{b: 5}, a: 9}
	fmt.Printf("%+v %+v\n", x, y)
	p := &A{c: 7}
	fmt.Println(p.c, p.B.C.c)
}
