package main

import "fmt"

type Pair struct {
	K string
	V int
}

func main() {
	var s []string
	prev := -1
	for i := 0; i < 1500; i++ {
		s = append(s, "x")
		if cap(s) != prev {
			fmt.Print(cap(s), " ")
			prev = cap(s)
		}
	}
	fmt.Println("string")
	var p []Pair
	prev = -1
	for i := 0; i < 1000; i++ {
		p = append(p, Pair{"k", i})
		if cap(p) != prev {
			fmt.Print(cap(p), " ")
			prev = cap(p)
		}
	}
	fmt.Println("Pair")
	var ifs []any
	prev = -1
	for i := 0; i < 1000; i++ {
		ifs = append(ifs, i)
		if cap(ifs) != prev {
			fmt.Print(cap(ifs), " ")
			prev = cap(ifs)
		}
	}
	fmt.Println("any")
	var f32 []float32
	prev = -1
	for i := 0; i < 1000; i++ {
		f32 = append(f32, 1)
		if cap(f32) != prev {
			fmt.Print(cap(f32), " ")
			prev = cap(f32)
		}
	}
	fmt.Println("float32")
}
