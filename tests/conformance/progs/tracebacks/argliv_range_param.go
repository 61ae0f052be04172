package main

import "fmt"

//go:noinline
func work(id int, s []string, m map[string]int) int {
	total := 0
	for _, x := range s {
		total += m[x]
	}
	if total > 3 {
		var z []int
		return z[id]
	}
	return total
}

func main() {
	fn := func(k int, name string) int {
		fmt.Println(name)
		return work(k, []string{"a", "b"}, map[string]int{"a": 2, "b": 2})
	}
	fmt.Println(fn(7, "n"))
}
