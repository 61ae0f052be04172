package main

import "fmt"

func main() {
	for _, n := range []int{0, 1, 2, 3, 5, 7, 9, 13, 17, 100, 255, 256, 257, 511, 512, 1024} {
		s := make([]int, n)
		s = append(s, 1)
		b := make([]byte, n)
		b = append(b, 1)
		p := make([]*int, n)
		p = append(p, nil)
		fmt.Println(n, cap(s), cap(b), cap(p))
	}
	x := make([]int, 10)
	x = append(x, make([]int, 15)...)
	fmt.Println(cap(x))
	y := make([]byte, 10)
	y = append(y, make([]byte, 23)...)
	fmt.Println(cap(y))
}
