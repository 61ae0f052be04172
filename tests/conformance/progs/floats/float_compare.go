package main

import "fmt"

func main() {
	a := 0.1 + 0.2
	fmt.Println(a == 0.3, a > 0.3, a-0.3)
	const c = 0.1 + 0.2
	fmt.Println(c == 0.3)
	var f32 float32 = 0.1
	fmt.Println(float64(f32) == 0.1, f32 == 0.1)
	m := map[float64]string{1.5: "x", 2.5: "y", -0.0: "z"}
	fmt.Println(m[1.5], m[0.0], len(m))
	type P struct{ X, Y float64 }
	fmt.Println(P{1, 2} == P{1, 2}, P{0, 0} == P{-0.0, 0})
}
