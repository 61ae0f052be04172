package main

const c = 10

func main() {
	c = 20
	const d = 1.5 % 1
	var u uint8 = 1 << 8
	println(c, d, u)
}
