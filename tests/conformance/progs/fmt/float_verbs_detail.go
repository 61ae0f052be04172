package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.5, 1e7, 1.23e-7, 123456789.125, 1e21, -0.0}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%f|%.2f|%.3g|%G|%E|%8.2f|%-10.1e|\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%x %X\n", 1.5, -0.1)
	var f32 float32 = 0.1
	fmt.Printf("%v %g %.10f %e\n", f32, f32, f32, f32)
	fmt.Printf("%6.2f|%+.0f|%.0f|%.0f\n", -0.005, 0.5, -0.5, 1.5)
}
