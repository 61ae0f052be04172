package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	delete(m, "z")
	for k := range m {
		fmt.Println(k)
	}
	clear(m)
	fmt.Println(m)
}
