package main

import "fmt"

func main() {
	var s []int
	s = append(s)
	fmt.Println(s == nil, len(s))
	s = append(s, []int{}...)
	fmt.Println(s == nil)
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b))
	x := []int{1, 2, 3, 4, 5}
	x = append(x[:1], x[2:]...)
	fmt.Println(x, len(x), cap(x))
	y := []int{1, 2, 3}
	y = append(y[:1], 10, 20, 30, 40)
	fmt.Println(y, cap(y))
	var ifs []any
	ifs = append(ifs, nil, 1, "a")
	fmt.Println(ifs, len(ifs))
}
