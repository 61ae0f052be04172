package main

import "fmt"

type P struct{ X, Y int }

func main() {
	m := map[string]P{"a": {1, 2}}
	p := m["a"]
	p.X = 10
	fmt.Println(m["a"], p)
	m["a"] = p
	fmt.Println(m)
	mp := map[string]*P{"b": {3, 4}}
	mp["b"].X = 30
	fmt.Println(*mp["b"])
	ms := map[string][]int{}
	ms["x"] = append(ms["x"], 1)
	ms["x"] = append(ms["x"], 2)
	fmt.Println(ms)
	mm := map[string]map[string]int{}
	if mm["outer"] == nil {
		mm["outer"] = map[string]int{}
	}
	mm["outer"]["inner"]++
	fmt.Println(mm)
}
