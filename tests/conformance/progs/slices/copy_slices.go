package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	var empty []int
	fmt.Println(copy(empty, src), copy(src, empty))
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s[2:], s[:5])
	fmt.Println(s)
}
