package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(a, b, c)
	d := []int{1, 2, 3}
	e := append(d, 4)
	f := append(d, 5)
	e[0] = 100
	fmt.Println(d, e, f)
	g := d[:2]
	g = append(g, 99)
	fmt.Println(d, g)
}
