package main

import "fmt"

func main() {
	m := map[string][]int{"a": {1}}
	if v, ok := m["a"]; ok {
		fmt.Println("found", v)
	}
	if _, ok := m["b"]; !ok {
		fmt.Println("missing b")
	}
	var v []int
	var ok bool
	v, ok = m["a"]
	fmt.Println(v, ok)
	mi := map[int]any{1: nil}
	x, ok2 := mi[1]
	fmt.Println(x, ok2)
	y, ok3 := mi[2]
	fmt.Println(y, ok3)
	ms := map[string]struct{}{"k": {}}
	_, present := ms["k"]
	fmt.Println(present, len(ms))
}
