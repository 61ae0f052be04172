package main

import "fmt"

func main() {
	var x uint32 = 0xF0F0
	y := x &^ 0xF000
	z := x ^ y | 1
	s := uint(3)
	fmt.Println(y, z, x>>s, x<<s, ^x, -int(s), 0b1010, 0o17, 0x1p4, 1_000_000)
	var i int64 = -8
	fmt.Println(i>>1, i%3, uint64(i)>>60)
	a, b := 3, 4
	a, b = b, a
	a += b
	a <<= 1
	b %= 3
	fmt.Println(a, b)
}
