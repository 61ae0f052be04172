package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Println(i)
	}
	for range 2 {
	}
	var n uint8 = 4
	for i := range n {
		fmt.Println(i)
	}
	fmt.Println(min(3, 1, 2), max(1.5, 2), min("b", "a"))
	m := map[int]int{1: 1}
	clear(m)
	s := []int{1, 2}
	clear(s)
}
