package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, -math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(nan == nan, nan != nan, inf > math.MaxFloat64, nan < 1, nan > 1)
	zero := 0.0
	negz := -zero
	fmt.Println(zero, negz, 1/negz, math.Signbit(negz))
	fmt.Printf("%f %e %g %v\n", inf, -inf, nan, negz)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(int64(math.Pow(2, 40)), math.IsNaN(nan), math.IsInf(-inf, -1))
}
