// gc evaluates the calls of an expression (walk/order.go copyExpr of each call into a temporary)
// before its other operands are loaded: package variables, captured and addressed locals,
// fields and elements are read after every call of the statement, except in the right operand
// of && and ||.
package main

import "fmt"

var g int

func incG() int { g++; return 10 }

type S struct{ v int }

func main() {
	// package variable read before a call that modifies it
	g = 1
	a := g + incG()
	fmt.Println("pkgvar", a)

	// captured local
	x := 1
	f := func() int { x += 100; return 1 }
	b := x + f()
	fmt.Println("captured", b)

	// plain local, not captured, modified through a pointer
	y := 1
	p := &y
	h := func() int { *p = 50; return 2 }
	c := y + h()
	fmt.Println("addressed", c)

	// field load vs call
	s := &S{v: 1}
	k := func() int { s.v = 7; return 3 }
	d := s.v + k()
	fmt.Println("field", d)

	// slice index load vs call
	arr := []int{1, 2, 3}
	m := func() int { arr[0] = 9; return 4 }
	e := arr[0] + m()
	fmt.Println("index", e)

	// composite literal
	x = 1
	lit := []int{x, f(), x}
	fmt.Println("lit", lit)

	// call arguments
	x = 1
	fmt.Println("args", x, f(), x)

	// comparison
	x = 1
	fmt.Println("cmp", x == f()-100+x)

	// string concatenation
	str := "a"
	sf := func() string { str = "z"; return "b" }
	fmt.Println("concat", str+sf()+str)

	// assignment
	arr2 := []int{0, 0}
	i := 0
	ii := func() int { i = 1; return 5 }
	arr2[i], x = ii(), ii()
	fmt.Println("assign", arr2, x)

	// && right side
	x = 1
	ok := x == 1 && f() == 1 && x == 101
	fmt.Println("andand", ok)
}
