package main

type T int

func main() {
	x := T
	_ = x
	println(int)
}
