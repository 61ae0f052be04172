package main

import "fmt"

func main() {
	a := [8]int{1, 2, 3, 4, 5, 6, 7, 8}
	p := &a
	fmt.Println(p[5])
	p = nil
	fmt.Println(p[5])
}
