package main

func main() {
	x := 1
	x += "a"
	s := "a"
	s -= "b"
	println(x, s)
}
