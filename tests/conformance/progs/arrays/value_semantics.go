package main

import "fmt"

func modify(a [3]int) { a[0] = 100 }

func modifyPtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	modify(a)
	fmt.Println(a)
	modifyPtr(&a)
	fmt.Println(a)
	c := [...]string{2: "c", 0: "a"}
	fmt.Println(len(c), c, c[1] == "")
	fmt.Println(a == [3]int{100, 2, 3}, a != b)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 60
	fmt.Println(grid, g2)
}
