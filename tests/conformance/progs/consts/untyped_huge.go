package main

import "fmt"

const Huge = 1 << 100
const Big = Huge >> 98
const Div = Huge / (1 << 90)

const (
	MaxU64 = 1<<64 - 1
	Neg    = -1 << 63
)

func main() {
	fmt.Println(Big, Div)
	fmt.Println(uint64(MaxU64), int64(Neg))
	fmt.Println(Huge/Huge, Huge%7)
	var f float64 = Huge
	fmt.Println(f)
	const bigF = 1e300 * 1e300 / 1e300
	fmt.Println(bigF)
	const third = 1.0 / 3
	fmt.Println(third, third*3 == 1)
	fmt.Println(float32(third))
}
