package main

import (
	"fmt"
	"math"
)

const (
	a = 0.1
	b = 0.2
	c = a + b
)

func main() {
	fmt.Println(c == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3)
	fmt.Println(c, x+y)
	const exact = 1e23
	fmt.Println(exact, float64(exact) == 1e23)
	const pi2 = math.Pi * 2
	fmt.Println(pi2)
	const big = 1 << 62
	fmt.Println(float64(big), float32(big))
	const tiny = 1e-320
	fmt.Println(tiny)
	const r = 7 / 2
	const rf = 7 / 2.0
	fmt.Println(r, rf)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
}
