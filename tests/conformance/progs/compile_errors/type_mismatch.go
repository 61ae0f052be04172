package main

import "fmt"

func main() {
	var a int = 1
	var b float64 = 2
	fmt.Println(a + b)
	var s string = 5
	fmt.Println(s)
}
