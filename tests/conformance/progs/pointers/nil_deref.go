package main

import "fmt"

type T struct {
	A int
	B string
}

func read(t *T) int {
	return t.A
}

func main() {
	var t *T
	fmt.Println("before")
	fmt.Println(read(t))
}
