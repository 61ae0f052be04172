package main

import "fmt"

func main() {
	vals := []float64{0.5, 1.5, -1.5, 2.7, -2.7, 1e15 + 0.5, 123.999}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(v), int32(v), uint8(int(v)))
	}
	i := 1 << 53
	fmt.Println(float64(i), float64(i+1), float64(i+1) == float64(i))
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	fmt.Println(float32(16777217), float64(float32(3.4e38)))
}
