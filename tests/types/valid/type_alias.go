package main

import "fmt"

type MyInt = int
type IntSlice = []int

type T struct{}

type U = T

func (U) M() string { return "m" }

func main() {
	var a MyInt = 3
	var b int = a
	var s IntSlice = []int{1}
	var u U
	fmt.Println(a+b, s, u.M(), T{}.M())
}
