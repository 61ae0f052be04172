package main

func main() {
	x, y := 1, 2
	if x + 1 = y * 2 {
	}
}
