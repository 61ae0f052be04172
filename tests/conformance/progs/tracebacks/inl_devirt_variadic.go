package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s []int }

func (q Sq) Area() int { return q.s[0] * q.s[0] }

func total(shapes ...Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	fmt.Println(total(Sq{[]int{2}}))
	fmt.Println(total(Sq{[]int{2}}, Sq{nil}))
}
