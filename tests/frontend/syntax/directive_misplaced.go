package main

func main() {
	x := 1
	//go:noinline
	x++
	_ = x
}
