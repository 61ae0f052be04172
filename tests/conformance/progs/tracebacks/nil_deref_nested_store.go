package main

import "fmt"

type Point struct{ X, Y int }

type Box struct {
	ID     int
	Corner Point
	Cells  [3]int
}

func place(b *Box, y int) {
	b.Cells[1] = y
	b.Corner.Y = y
}

func main() {
	b := &Box{}
	place(b, 2)
	fmt.Println(b.Corner.Y, b.Cells)
	place(nil, 3)
}
