package main

import "fmt"

func main() {
	var a int8 = 200
	var b uint = -1
	const huge = 1 << 100
	fmt.Println(a, b, huge)
}
