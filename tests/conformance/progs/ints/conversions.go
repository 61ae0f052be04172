package main

import "fmt"

func main() {
	x := -1
	fmt.Println(uint8(x), uint16(x), uint32(x), uint64(x), uint(x))
	y := 300
	fmt.Println(int8(y), uint8(y), int16(y))
	var big uint64 = 1<<63 + 5
	fmt.Println(int64(big), int32(big), int8(big), uint32(big))
	f := 3.99
	fmt.Println(int(f), int(-f), int8(f), uint8(f))
	g := 1e10
	fmt.Println(int64(g), int32(int64(g)))
	var i32 int32 = -5
	fmt.Println(float64(i32), float32(i32), uint64(i32))
	var u8 uint8 = 250
	fmt.Println(int8(u8), int(u8), rune(u8))
}
