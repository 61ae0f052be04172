package main

import "fmt"

func main() {
	x := 0.0
	for i := 1; i <= 10; i++ {
		x += 1.0 / float64(i)
	}
	fmt.Println(x)
	a, b := 1e308, 10.0
	fmt.Println(a*b, -a*b, a/1e-10)
	fmt.Println(7.0/2, -7.0/2, 1/3.0*3)
	c := 100.0
	c /= 3
	c *= 3
	fmt.Println(c, c == 100)
	fmt.Println(1e100, 1e-100, 5e-324, 2.5e-324)
	var f float64 = 3
	f++
	f--
	f++
	fmt.Println(f)
}
