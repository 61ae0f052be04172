package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(s, c)
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 1), slices.Index(s, 7))
	i, found := slices.BinarySearch(c, 5)
	fmt.Println(i, found)
	fmt.Println(slices.Max(s), slices.Min(s), slices.Equal(s, c), slices.Equal(c, c))
	r := slices.Clone(c)
	slices.Reverse(r)
	fmt.Println(r)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Insert([]int{1, 2, 3}, 1, 10, 11), slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
	words := []string{"Banana", "apple", "Cherry"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	fmt.Println(slices.IndexFunc(s, func(x int) bool { return x > 4 }), slices.ContainsFunc(s, func(x int) bool { return x < 0 }))
	type P struct {
		N string
		A int
	}
	ps := []P{{"x", 2}, {"y", 1}, {"z", 2}}
	slices.SortStableFunc(ps, func(a, b P) int { return a.A - b.A })
	fmt.Println(ps)
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Repeat([]string{"a"}, 3))
}
