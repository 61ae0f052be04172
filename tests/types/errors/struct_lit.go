package main

type P struct{ X, Y int }

func main() {
	_ = P{1}
	_ = P{Z: 1}
	_ = P{1, 2, 3}
}
