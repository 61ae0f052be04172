package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.RoundToEven(2.5), math.Inf(1) > 0)
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(1), math.Cos(1), math.Atan2(1, 2))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.5))
	fmt.Println(math.MaxInt64, math.Pi)
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp, math.Copysign(3, -1), math.Signbit(-0.0*1))
}
