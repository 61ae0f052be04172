package main

import "fmt"

func main() {
	type point struct{ x, y int }
	type pts []point
	ps := pts{{1, 2}}
	const k = 3
	var arr [k]point
	fmt.Println(ps, len(arr))
	type S string
	var s S = "a"
	fmt.Println(s + "b")
}
