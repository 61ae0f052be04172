package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a)
	var u uint16 = 0xF0F0
	fmt.Println(u&0x0FF0, u|0x000F, u^0xFFFF, u&^0xF000, ^u)
	var i int32 = -1
	fmt.Println(uint32(i)>>28, i>>28, ^i)
	x := 0x5555
	x &^= 0x0F0F
	x |= 0x10000
	x ^= 0x3
	x <<= 2
	x >>= 1
	fmt.Println(x)
	fmt.Printf("%b %o %x %X\n", 255, 255, 255, 255)
}
