package main

import "fmt"

func main() {
	m := map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 1.5: 5, true: 6}
	fmt.Println(m)
	p := map[*int]int{}
	fmt.Println(len(p), p)
	u := map[uint8]string{200: "x", 1: "y", 100: "z"}
	fmt.Println(u)
	i8 := map[int8]int{-1: 1, 1: 2, -128: 3}
	fmt.Println(i8)
}
