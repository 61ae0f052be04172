package main

import "fmt"

func main() {
	var a int16 = 32767
	a++
	fmt.Println(a)
	var b uint16 = 65535
	b += 2
	fmt.Println(b)
	var c int16 = -300
	fmt.Println(c*c, c*200, uint16(c), int8(c))
	var d uint16 = 1 << 15
	fmt.Println(d, d<<1, int16(d))
}
