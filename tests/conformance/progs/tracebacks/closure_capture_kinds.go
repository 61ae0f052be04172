package main

import "fmt"

type big struct{ a [20]int }

func main() {
	xs := []int{1, 2}
	n := 0
	for i := 0; i < 3; i++ {
		n += i
	}
	c := 5
	c++
	var b big
	p := &c
	_ = p
	k := 7
	var w int
	w = 4
	func() {
		defer fmt.Print("")
		fmt.Println(xs, n, c, b.a[0], k, w)
		k = 9
		fmt.Println("again", len(xs))
		_ = xs[n+5]
	}()
}
