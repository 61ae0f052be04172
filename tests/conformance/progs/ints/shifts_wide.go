package main

import "fmt"

func shl(x int, n uint) int   { return x << n }
func shr(x int, n uint) int   { return x >> n }
func ushr(x uint, n uint) uint { return x >> n }

func main() {
	for _, n := range []uint{0, 1, 31, 32, 62, 63, 64, 65, 127, 128, 1000} {
		fmt.Println(n, shl(1, n), shl(-3, n), shr(-1000, n), shr(1000, n), ushr(^uint(0), n))
	}
	var i8 int8 = 1
	var n int = 7
	one16 := int16(1)
	fmt.Println(i8<<n, i8<<(n+1), one16<<15, one16<<16)
	var sh uint8 = 200
	fmt.Println(1<<sh == 0, uint64(1)<<sh)
}
