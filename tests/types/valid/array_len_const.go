package main

import "fmt"

const N = 4

var table = [...]string{2: "two", 0: "zero"}

func main() {
	var a [N * 2]int
	b := [...]int{1, 2, 3}
	var c [len(b)]bool
	fmt.Println(len(a), len(b), len(c), len(table), cap(a))
	const l = len("abc")
	var d [l]int
	fmt.Println(d)
}
