package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := base[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(base)
	s = append(s, 200)
	s = append(s, 300)
	s[0] = -1
	fmt.Println(base, s, len(s), cap(s))
	t := base[:0:0]
	t = append(t, 42)
	fmt.Println(base[0], t)
	arr := [5]int{1, 2, 3, 4, 5}
	u := arr[1:2:3]
	fmt.Println(u, len(u), cap(u))
}
