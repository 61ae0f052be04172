package main

import "fmt"

func main() {
	s := []int{1}
	t := []int{1}
	fmt.Println(s == t)
	var f func()
	fmt.Println(f == f)
	fmt.Println("a" * 2)
	var b bool = !1
	fmt.Println(b, 1 << 1.5)
}
