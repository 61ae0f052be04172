package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c byte = 200
	c += 100
	fmt.Println(c, c*3, ^c, -c)
	x := byte('a')
	x += 25
	fmt.Println(x, string(rune(x)))
}
