package main

import "fmt"

// A nil dereference faults at the field's offset: the second int field of T is at 8.
type T struct {
	a, b int
}

func main() {
	var t *T
	fmt.Println("before")
	fmt.Println(t.b)
}
