package main

func main() {
	x := 0o1.2
	_ = x
}
