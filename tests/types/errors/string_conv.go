package main

func main() {
	x := 1.5
	_ = string(x)
	_ = int("a")
}
