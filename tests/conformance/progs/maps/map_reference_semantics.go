package main

import "fmt"

func fill(m map[string]int) {
	m["filled"] = 1
}

func reset(m map[string]int) {
	m = map[string]int{}
	m["new"] = 2
}

func main() {
	m := map[string]int{}
	fill(m)
	reset(m)
	fmt.Println(m)
	n := m
	n["shared"] = 3
	fmt.Println(len(m), m)
	var z map[string]int
	fmt.Println(z == nil, m != nil)
}
