package main

import "fmt"

func main() {
	var x uint8 = 1
	for i := uint(0); i < 10; i++ {
		fmt.Print(x<<i, " ")
	}
	fmt.Println()
	var y int8 = -128
	for i := 0; i < 9; i++ {
		fmt.Print(y>>i, " ")
	}
	fmt.Println()
	var z uint32 = 0x80000000
	fmt.Println(z>>31, z>>32, z<<1, z>>33)
	var s int64 = -1
	fmt.Println(s>>63, s>>64, s>>100, s<<63, s<<64)
	var u uint64 = 1
	fmt.Println(u<<63, u<<64, u<<65, u<<200)
}
