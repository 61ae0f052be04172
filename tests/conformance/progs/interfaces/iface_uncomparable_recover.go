package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

type S struct {
	F []int
}

func main() {
	try(func() {
		var a, b any = map[int]int{}, map[int]int{}
		fmt.Println(a == b)
	})
	try(func() {
		var a, b any = S{}, S{}
		fmt.Println(a == b)
	})
	try(func() {
		var a, b any = func() {}, 1
		fmt.Println(a == b)
	})
	try(func() {
		var a, b any = []int{}, "x"
		fmt.Println("different dynamic types:", a == b)
	})
	try(func() {
		var a, b any = [1]any{[]int{}}, [1]any{[]int{}}
		fmt.Println(a == b)
	})
}
