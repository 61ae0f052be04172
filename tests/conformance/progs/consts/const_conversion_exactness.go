package main

import "fmt"

func main() {
	const f = 2.0
	var i int = f
	var u8 uint8 = 255.0
	fmt.Println(i, u8)
	const big = 1e18
	var i64 int64 = big
	fmt.Println(i64)
	const x = 10 / 4
	const y = 10 / 4.0
	fmt.Println(x, y)
	var fl float64 = 10 / 4
	fmt.Println(fl)
	const z = 1 << 3.0
	fmt.Println(z)
	const r = 'A' * 2
	fmt.Println(r)
	fmt.Println(0x1p-2, 0x1.8p1, 1_000_000, 0o17, 0b101)
}
