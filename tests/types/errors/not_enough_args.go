package main

func f(x int, s string) {}

func main() {
	f(1)
}
