package main

import "fmt"

var table = build(3)

func build(n int) []int {
	t := make([]int, n)
	for i := range t {
		t[i] = i * i
	}
	return t
}

func init() {
	fmt.Println("init sees", table)
	_ = table[len(table)]
}

func main() {
	fmt.Println("main never runs")
}
