package main

import (
	"fmt"
	"sort"
)

type Rec struct {
	Key string
	N   int
}

func main() {
	recs := []Rec{{"b", 2}, {"a", 2}, {"c", 1}, {"d", 3}, {"e", 1}, {"f", 2}}
	stable := append([]Rec(nil), recs...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].N < stable[j].N })
	fmt.Println(stable)
	byKey := append([]Rec(nil), recs...)
	sort.Slice(byKey, func(i, j int) bool { return byKey[i].Key > byKey[j].Key })
	fmt.Println(byKey)
	words := []string{"kiwi", "fig", "banana", "apple", "date", "cherry"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	fmt.Println(sort.SliceIsSorted(words, func(i, j int) bool { return len(words[i]) < len(words[j]) }))
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 211
	}
	sort.Ints(big)
	fmt.Println(big[:10], big[190:])
}
