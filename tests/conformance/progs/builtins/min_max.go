package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -2))
	fmt.Println(min(1.5, 2), max(2.5, 1, 3.25))
	fmt.Println(min("b", "a", "c"), max("b", "a", "c"), max("", "z"))
	x, y := 7, 9
	fmt.Println(min(x, y), max(x, y, 8))
	nan := math.NaN()
	negz, posz := math.Copysign(0, -1), 0.0
	fmt.Println(min(1.0, nan), max(nan, 1.0), min(negz, posz), max(negz, posz))
	fmt.Println(1/min(negz, posz), 1/max(negz, posz), 1/min(posz, negz), 1/max(posz, negz))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	const c = min(1, 2.5)
	fmt.Printf("%T %v\n", c, c)
}
