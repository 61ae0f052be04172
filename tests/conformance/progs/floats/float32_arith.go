package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, a-b)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	var big float32 = 16777216
	fmt.Println(big+1, big+2)
	x := float32(1) / 3
	fmt.Println(x, float64(x), x*3)
	fmt.Printf("%v %.10f %g %e\n", x, x, x, x)
	var f64 float64 = 1.0 / 3
	fmt.Println(float32(f64) == x)
}
