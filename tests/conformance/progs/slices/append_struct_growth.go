package main

import "fmt"

type S5 struct {
	A int32
	B byte
}

type S48 struct {
	A, B, C, D, E, F int64
}

type S72 struct {
	A [9]int64
}

func main() {
	var a []S5
	prev := -1
	for i := 0; i < 1200; i++ {
		a = append(a, S5{})
		if cap(a) != prev {
			fmt.Print(cap(a), " ")
			prev = cap(a)
		}
	}
	fmt.Println("S5")
	var b []S48
	prev = -1
	for i := 0; i < 500; i++ {
		b = append(b, S48{})
		if cap(b) != prev {
			fmt.Print(cap(b), " ")
			prev = cap(b)
		}
	}
	fmt.Println("S48")
	var c []S72
	prev = -1
	for i := 0; i < 400; i++ {
		c = append(c, S72{})
		if cap(c) != prev {
			fmt.Print(cap(c), " ")
			prev = cap(c)
		}
	}
	fmt.Println("S72")
	var e []struct{}
	for i := 0; i < 5; i++ {
		e = append(e, struct{}{})
	}
	fmt.Println(len(e), cap(e) >= 5)
}
