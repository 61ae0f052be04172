package main

import "fmt"

func sum(xs []int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	fmt.Println(sum(a[:]), sum(a[1:3]), sum(a[4:]))
	s := a[:]
	s[0] = 10
	fmt.Println(a[0])
	s2 := s[2:]
	s2 = s2[:cap(s2)]
	fmt.Println(s2, len(s2))
	p := &s2[0]
	*p = 300
	fmt.Println(a)
}
