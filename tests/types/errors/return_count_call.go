package main

func two() (int, int) { return 1, 2 }

func f() int {
	return two()
}

func g() (int, int, int) {
	return two()
}

func main() {
	x := two()
	_ = x
}
