package main

import "fmt"

func f() {}

func f() {}

func main() {
	x := 1
	x := 2
	var m map[[]int]bool
	fmt.Println(x, m)
	break
}
