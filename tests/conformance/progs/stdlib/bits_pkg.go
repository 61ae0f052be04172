package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bits.OnesCount64(1<<63|1), bits.LeadingZeros32(1), bits.TrailingZeros(8), bits.Len(255), bits.Len64(0))
	fmt.Println(bits.Reverse8(1), bits.RotateLeft32(1, -1), bits.ReverseBytes16(0x1234))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<64-1, 1, 0)
	fmt.Println(sum, carry)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	fmt.Println(bits.UintSize)
}
