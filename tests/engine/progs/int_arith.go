// Integer wrap-around, division, shifts and conversions across widths.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i32 int32 = 2147483647
	i32 += 2
	var u32 uint32 = 1 << 31
	u32 *= 2
	var i64 int64 = 9223372036854775807
	i64++
	var u64 uint64 = 1<<64 - 1
	u64 += 2
	fmt.Println(i8, u8, i32, u32, i64, u64)
	a, b := -7, 2
	fmt.Println(a/b, a%b, -a/b, a>>1, uint(a)>>60)
	x := uint64(0x0123456789abcdef)
	fmt.Println(x<<4, x>>8, x^0xffff, x&^0xff, ^x)
	big := int64(1) << 62
	fmt.Println(big*4, big+big, int32(big>>31), uint16(big+70000), int8(big+200))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)), float32(0.1), float64(float32(0.1)))
	var s uint = 70
	fmt.Println(1<<s == 0, int64(-1)>>s, u32<<1)
	fmt.Println(min(3, 1, 2), max(2.5, 1.0), min("b", "a"))
}
