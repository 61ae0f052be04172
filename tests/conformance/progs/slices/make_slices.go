package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]string, 2, 10)
	c := make([]bool, 0, 4)
	fmt.Println(a, len(a), cap(a))
	fmt.Printf("%q %d %d\n", b, len(b), cap(b))
	fmt.Println(c, len(c), cap(c))
	d := make([][2]float64, 2)
	d[1][0] = 1.5
	fmt.Println(d)
	n := -1
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = make([]int, n)
}
