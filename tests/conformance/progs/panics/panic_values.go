package main

import (
	"errors"
	"fmt"
)

type Code int

type Wrapped struct{ msg string }

func (w Wrapped) String() string { return "W:" + w.msg }

func show(v any) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	panic(v)
}

func main() {
	show(42)
	show("str")
	show(3.5)
	show(errors.New("an error"))
	show(Code(7))
	show(Wrapped{"x"})
	show([]int{1, 2})
	show(true)
}
