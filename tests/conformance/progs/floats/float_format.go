package main

import "fmt"

func main() {
	fmt.Printf("%.1f %.1f %.1f %.1f\n", 2.25, 2.35, 0.05, -2.25)
	fmt.Printf("%.2f %.3f %.0f %.0f %.0f\n", 1.005, 2.0005, 0.5, 1.5, 2.5)
	fmt.Println(0.1+0.2, 1.0, 3.0/2, 1e21, 1e20, 1e-7, 123456789.0)
	fmt.Println(float32(0.1), float32(1)/3, float64(float32(0.1)))
	fmt.Printf("%v %g %e %E %f\n", 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678)
	fmt.Printf("%g %g %g %g\n", 1e6, 1e21, 1e-5, 100000.0)
	fmt.Printf("%8.3f|%-8.2f|%+.2f|%08.3f\n", 3.14159, 2.5, 2.5, -3.14159)
	fmt.Printf("%.3e %.10g %.3g\n", 123456.789, 1.0/3, 1234567.0)
}
