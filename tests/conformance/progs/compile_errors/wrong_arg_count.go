package main

func add(a, b int) int { return a + b }

func pair() (int, int) { return 1, 2 }

func main() {
	_ = add(1)
	_ = add(1, 2, 3)
	x := pair()
	_ = x
}
