package main

import "fmt"

func main() {
	vs := []float64{1, 10, 100, 1e20, 1e21, 1e-4, 1e-5, 0.000123, 123456789012345678, 1.7976931348623157e308, 4.9e-324, 0.3, 2.675, 100.5, 33.333333333333336}
	for _, v := range vs {
		fmt.Println(v)
	}
	for _, v := range vs {
		fmt.Printf("%v|%g|%.4g|%.2f\n", v, v, v, v)
	}
	fs := []float32{1, 0.3, 16777216, 3.4028235e38, 1e-45, 1.1}
	for _, f := range fs {
		fmt.Println(f)
	}
}
