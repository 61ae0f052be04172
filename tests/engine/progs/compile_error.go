package main

import "fmt"

func main() {
	x := 1
	var y string = x
	fmt.Println(y)
}
