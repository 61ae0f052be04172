package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func mayFail(fail bool) error {
	var e *E
	if fail {
		e = &E{"failed"}
	}
	return e
}

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b, a == any(1.0), a == any(int64(1)))
	var c any = "x"
	fmt.Println(c == "x", c != "y")
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*E)(nil))
	var nilErr error
	fmt.Println(nilErr == nil)
	type P struct{ X int }
	var p1, p2 any = P{1}, P{1}
	fmt.Println(p1 == p2)
	x, y := &P{1}, &P{1}
	var i1, i2 any = x, y
	fmt.Println(i1 == i2, i1 == any(x))
}
