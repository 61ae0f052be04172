package main

import "fmt"

func main() {
	x := 10
	fmt.Println(x / 0)
	fmt.Println(1.5 / 0)
}
