package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["c"] = 3
	fmt.Println(alias)
	s := []int{1, 2, 3}
	clear(s[1:])
	fmt.Println(s, len(s))
	var nilm map[int]int
	clear(nilm)
	fmt.Println(nilm == nil)
}
