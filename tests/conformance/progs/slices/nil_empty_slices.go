package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil, len(a), cap(a))
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, a == nil)
	var d []string
	fmt.Println(d[:0] == nil, d[0:0:0] == nil)
	e := b[:0]
	fmt.Println(e == nil, len(e))
}
