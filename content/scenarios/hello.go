package main

import "fmt"

func main() {
	counts := map[string]int{}
	for _, word := range []string{"map", "go", "map", "fatal", "map"} {
		counts[word]++
	}
	fmt.Println(counts)
}
