package main

import (
	"fmt"
	"os"
)

func f() {
	a := 1
	b := "x" + 1
	var c int = "s"
	d := undefined1
}

func g() int {
	e := 2
	return "s"
}

var h int = "global"

func main() {
	x, y := 1
	z := undefined2
	fmt.Println(z + "a")
	for i := 0; i < 3; i++ {
		w := i
	}
	v := 1
	v.foo()
}
