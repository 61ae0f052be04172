package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(len(s), cap(s), len(s[1:]), cap(s[1:]), cap(s[:0]))
	arr := [7]string{}
	fmt.Println(len(arr), cap(arr))
	m := map[int]int{1: 1, 2: 2}
	fmt.Println(len(m))
	fmt.Println(len("héllo"), len([]rune("héllo")))
	var p *[4]int
	fmt.Println(len(p), cap(p))
	const n = len([3]int{})
	fmt.Println(n)
	var ns []int
	var nm map[string]bool
	fmt.Println(len(ns), cap(ns), len(nm))
}
