package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	var pts [3]Point
	pts[0].X = 1
	pts[2] = Point{5, 6}
	fmt.Println(pts)
	fmt.Printf("%v %+v\n", pts, pts[2])
	q := pts
	q[0].Y = 9
	fmt.Println(pts[0], q[0])
	type Key [2]int
	m := map[Key]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(m[Key{1, 2}], m[Key{3, 4}], len(m))
	var zero [0]int
	fmt.Println(len(zero), zero)
}
