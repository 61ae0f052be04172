package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MinInt8, math.MaxInt8, math.MaxUint8)
	fmt.Println(math.MinInt16, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MinInt32, math.MaxInt32, uint32(math.MaxUint32))
	fmt.Println(math.MinInt64, math.MaxInt64, uint64(math.MaxUint64))
	fmt.Println(math.MinInt, math.MaxInt, uint(math.MaxUint))
	var x int64 = math.MinInt64
	fmt.Println(x-1, x+x, -x == x)
}
