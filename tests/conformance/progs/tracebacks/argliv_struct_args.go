package main

import "fmt"

type P struct{ x, y int }

//go:noinline
func use(p P, q P, m map[string]int, key string) int {
	v := m[key]
	fmt.Println(v, p.x)
	return v / q.y
}

//go:noinline
func wrap(p P, f float64, big [3]int, ok bool) int {
	r := use(p, P{1, 0}, map[string]int{"a": 1}, "a")
	return r + int(f) + big[0]
}

func main() {
	fmt.Println(wrap(P{3, 4}, 1.5, [3]int{1, 2, 3}, true))
}
