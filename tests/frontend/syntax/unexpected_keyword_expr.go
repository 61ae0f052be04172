package main

func main() {
	x := if
}
