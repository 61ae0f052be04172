package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	m := map[string][]int{"a": {1, 2}, "b": nil}
	m["c"] = append(m["c"], 3)
	delete(m, "b")
	v, ok := m["a"]
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ","), v, ok)
	s := make([]int, 3, 10)
	n := copy(s, []int{9, 8})
	t := s[1:2:5]
	fmt.Println(n, len(t), cap(t), s[len(s)-1])
	var grid [3][3]int
	grid[1][2] = 5
	fmt.Println(grid, len(grid[0]))
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	fmt.Println(pts)
	mp := map[[2]int]string{{1, 2}: "a"}
	fmt.Println(mp)
}
