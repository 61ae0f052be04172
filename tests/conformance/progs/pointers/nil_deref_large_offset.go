package main

import "fmt"

// A field past the first 4096 bytes gets an explicit nil check: the fault is at the pointer (0x0).
type T struct {
	a   int
	big [600]int
	z   int
}

func main() {
	var t *T
	fmt.Println("before")
	fmt.Println(t.z)
}
