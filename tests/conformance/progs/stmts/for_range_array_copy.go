package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		if i == 2 {
			fmt.Println("range over array copy sees", v)
		}
	}
	s := []int{1, 2, 3}
	for i, v := range s {
		s[2] = 100
		if i == 2 {
			fmt.Println("range over slice sees", v)
		}
	}
	m := map[int]bool{1: true}
	count := 0
	for range m {
		count++
	}
	fmt.Println(count)
	ptrs := []*int{}
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
