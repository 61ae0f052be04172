package main

import "fmt"

func main() {
	var a int32 = 2147483647
	a++
	fmt.Println(a)
	var b uint32 = 4294967295
	b++
	fmt.Println(b)
	var c int32 = 123456789
	fmt.Println(c*c, c*31, c*-7)
	var d uint32 = 0xdeadbeef
	fmt.Println(d*d, d*0x9e3779b9, d>>7, int32(d))
	var r rune = 0x10FFFF
	r += 10
	fmt.Println(r)
}
