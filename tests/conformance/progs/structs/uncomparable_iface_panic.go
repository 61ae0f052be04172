package main

import "fmt"

type Q struct {
	I any
}

func main() {
	q1 := Q{[]int{1}}
	q2 := Q{[]int{1}}
	fmt.Println("comparing")
	fmt.Println(q1 == q2)
}
