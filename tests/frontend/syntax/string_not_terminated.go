package main

func main() {
	_ = `abc
}
