package main

import "fmt"

func main() {
	m := map[any]int{}
	m[1] = 1
	m["s"] = 2
	fmt.Println(len(m))
	var k any = []int{1, 2}
	m[k] = 3
	fmt.Println("unreachable")
}
