package main

import "fmt"

type T struct {
	A int
	B []string
}

func main() {
	p := new(T)
	fmt.Printf("%+v %v\n", *p, p.B == nil)
	ip := new(int)
	*ip += 5
	fmt.Println(*ip)
	m := make(map[string]int, 100)
	fmt.Println(len(m))
	s := make([]T, 2)
	s[1].B = append(s[1].B, "x")
	fmt.Printf("%+v\n", s)
	pp := new(*int)
	fmt.Println(*pp == nil)
}
