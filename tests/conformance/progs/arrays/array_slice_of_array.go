package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:4]
	fmt.Println(s, len(s), cap(s))
	s[0] = 100
	fmt.Println(arr)
	s = append(s, 200)
	fmt.Println(arr, s)
	s = append(s, 300, 400)
	s[0] = -1
	fmt.Println(arr, s)
	p := &arr
	t := p[2:]
	fmt.Println(t, len(t), cap(t))
	a2 := [3]int(t[:3])
	a2[0] = 42
	fmt.Println(a2, t[0])
	ap := (*[2]int)(t)
	ap[1] = 43
	fmt.Println(arr)
}
