package main

import (
	"fmt"
	"maps"
	"slices"
)

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2)
}

func main() {
	for i := range Count(5) {
		if i == 3 {
			break
		}
		fmt.Println(i)
	}
	for k, v := range Pairs {
		fmt.Println(k, v)
	}
	m := map[string]int{"x": 1}
	for k := range maps.Keys(m) {
		fmt.Println(k)
	}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Contains([]int{1}, 1))
}
