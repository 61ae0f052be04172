// Prints math and math/bits golden cases: inputs and results as float64 bit patterns.
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/bits"
	"os"
)

var state uint64 = 0x1234567887654321

func next() uint64 {
	state += 0x9E3779B97F4A7C15
	z := state
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

var w = bufio.NewWriterSize(os.Stdout, 1<<20)

func b(x float64) string { return fmt.Sprintf("%016x", math.Float64bits(x)) }

func main() {
	defer w.Flush()
	var xs []float64
	xs = append(xs, 0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 3.5, 2, 10, 100, 1e-300, 1e300, 5e-324,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.E, math.Pi/2,
		math.Pi/4, 0.49999999999999994, 4503599627370497, 709.782712893384, 709.79, -745.1, -745.2, -708.4, -720,
		1<<29, 1<<29 + 0.5, 1e10, 1e15, 1e20, 1e22, 0.7071067811865476, 0.7071067811865475, 2.2250738585072014e-308, 1e-310)
	for i := 0; i < 300; i++ {
		xs = append(xs, math.Float64frombits(next()))
	}
	for i := 0; i < 700; i++ {
		e := int(next()%60) - 30
		m := float64(next()>>11) / (1 << 53)
		s := 1.0
		if next()&1 == 1 {
			s = -1
		}
		xs = append(xs, s*math.Ldexp(m+0.5, e))
	}
	for i := 0; i < 100; i++ {
		xs = append(xs, float64(int64(next()%2000)-1000)/8)
	}
	un := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sqrt", math.Sqrt}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round},
		{"RoundToEven", math.RoundToEven}, {"Abs", math.Abs}, {"Exp", math.Exp}, {"Log", math.Log}, {"Log2", math.Log2},
		{"Log10", math.Log10}, {"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Atan", math.Atan},
		{"Asin", math.Asin}, {"Acos", math.Acos}, {"Cbrt", math.Cbrt}, {"Expm1", math.Expm1}, {"Exp2", math.Exp2},
		{"Log1p", math.Log1p}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Asinh", math.Asinh},
		{"Acosh", math.Acosh}, {"Atanh", math.Atanh}, {"Logb", math.Logb},
		{"Ilogb", func(x float64) float64 { return float64(math.Ilogb(x)) }},
		{"SincosSin", func(x float64) float64 { s, _ := math.Sincos(x); return s }},
		{"SincosCos", func(x float64) float64 { _, c := math.Sincos(x); return c }},
		{"Pow10", func(x float64) float64 { return math.Pow10(int(math.Float64bits(x)%700) - 350) }},
		{"FrexpFrac", func(x float64) float64 { f, _ := math.Frexp(x); return f }},
		{"FrexpExp", func(x float64) float64 { _, e := math.Frexp(x); return float64(e) }},
		{"ModfFrac", func(x float64) float64 { _, f := math.Modf(x); return f }},
		{"ModfInt", func(x float64) float64 { i, _ := math.Modf(x); return i }},
	}
	for _, u := range un {
		fmt.Fprintf(w, "U\t%s", u.name)
		for _, x := range xs {
			fmt.Fprintf(w, "\t%s:%s", b(x), b(u.f(x)))
		}
		fmt.Fprintln(w)
	}
	bin := []struct {
		name string
		f    func(x, y float64) float64
	}{
		{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Remainder", math.Remainder}, {"Hypot", math.Hypot}, {"Mod", math.Mod}, {"Max", math.Max},
		{"Min", math.Min}, {"Dim", math.Dim}, {"Copysign", math.Copysign}, {"Nextafter", math.Nextafter},
		{"FMA1", func(x, y float64) float64 { return math.FMA(x, y, x) }},
		{"FMA2", func(x, y float64) float64 { return math.FMA(x, y, -x*y) }},
		{"FMA3", func(x, y float64) float64 { return math.FMA(x, y, x*y*0x1p-54) }},
		{"FMA4", func(x, y float64) float64 { return math.FMA(x, y, -math.Nextafter(x*y, 0)) }},
		{"Ldexp", func(x, y float64) float64 { return math.Ldexp(x, int(math.Float64bits(y)%2200)-1100) }},
	}
	for _, f := range bin {
		fmt.Fprintf(w, "B\t%s", f.name)
		for i := 0; i < 3000; i++ {
			x := xs[next()%uint64(len(xs))]
			y := xs[next()%uint64(len(xs))]
			if i%3 == 0 && f.name == "Pow" {
				y = float64(int64(next()%41) - 20)
			}
			fmt.Fprintf(w, "\t%s:%s:%s", b(x), b(y), b(f.f(x, y)))
		}
		fmt.Fprintln(w)
	}
	// math/bits
	for i := 0; i < 300; i++ {
		x := next() >> (next() % 64)
		y := next() >> (next() % 64)
		k := int(next()%200) - 100
		s, c := bits.Add64(x, y, uint64(i&1))
		d, bo := bits.Sub64(x, y, uint64(i&1))
		hi, lo := bits.Mul64(x, y)
		fmt.Fprintf(w, "I\t%d\t%d\t%d\t%d\t%d %d %d %d %d %d %d %d %d %d %d %d %d %d %d\n", x, y, k, i&1,
			bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.RotateLeft64(x, k), bits.Reverse64(x),
			bits.ReverseBytes64(x), bits.Len64(x), s, c, d, bo, hi, lo, bits.RotateLeft32(uint32(x), k), bits.Reverse32(uint32(x)))
		if y > hi {
			q, r := bits.Div64(hi, lo, y)
			fmt.Fprintf(w, "D\t%d\t%d\t%d\t%d\t%d\n", hi, lo, y, q, r)
		}
	}
}
