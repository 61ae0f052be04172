package main

import (
	"fmt"
	"strings"
)

type BinOp func(a, b int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func main() {
	ops := map[string]BinOp{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(apply(ops["add"], 2, 3), apply(ops["mul"], 2, 3))
	f := strings.ToUpper
	fmt.Println(f("abc"))
	fmt.Printf("%T\n", apply)
	fmt.Printf("%T\n", f)
	var g func(...string) string = func(s ...string) string { return strings.Join(s, "+") }
	fmt.Println(g("a", "b"))
}
