package main

func main() {
	const big = 1 << 100
	var x int = big
	println(x)
}
