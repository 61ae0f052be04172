// A negative shift count on a split 64-bit local panics as Go does.
// stderr-lines: 4
package main

import "fmt"

func shift(x uint64, n int) uint64 {
	y := x ^ 0x5555
	y <<= n
	return y
}

func main() {
	fmt.Println(shift(3, 4))
	fmt.Println(shift(3, -1))
}
