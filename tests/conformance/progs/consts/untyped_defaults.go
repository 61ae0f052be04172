package main

import "fmt"

func main() {
	a := 1
	b := 1.0
	c := 'x'
	d := "s"
	e := true
	f := 1 << 3
	g := 2.0 * 3
	fmt.Printf("%T %T %T %T %T %T %T\n", a, b, c, d, e, f, g)
	var i any = 1 << 10
	var j any = 1.5e3
	fmt.Printf("%T %v %T %v\n", i, i, j, j)
	fmt.Println(1e3, 1e6, 1000000.0, 1e21)
}
