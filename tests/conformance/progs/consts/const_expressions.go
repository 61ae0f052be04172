package main

import "fmt"

const (
	Mask  = 0xFF
	Shift = 4
	Comb  = Mask<<Shift | 0x0F
	Not   = ^0
	AndN  = 0xF0 &^ 0x30
	Neg   = -7 / 2
	Rem   = -7 % 2
)

func main() {
	fmt.Println(Comb, Not, AndN, Neg, Rem)
	const mx = 'z' - 'a'
	fmt.Println(mx, len("héllo"), len([3]int{}))
	var u8 uint8 = Mask
	fmt.Println(u8)
	const sh = 1 << 10 >> 3
	fmt.Println(sh)
	fmt.Println(1<<62/3, (1<<63-1)/7)
	var s uint = 33
	var r = 1 << s
	var r64 int64 = 1 << s
	fmt.Println(r, r64)
}
