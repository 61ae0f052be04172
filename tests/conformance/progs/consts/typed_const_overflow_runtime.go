package main

import "fmt"

const Big = 1 << 40

type Small int8

func main() {
	x := Big
	var y int32 = int32(x >> 20)
	fmt.Println(x, y)
	var s Small = 100
	s += 100
	fmt.Println(s)
	const f = 255.0
	var b byte = f
	b++
	fmt.Println(b)
	var u uint32 = 1 << 31
	u <<= 1
	fmt.Println(u)
	fmt.Println(Big/3, float32(Big)/3)
}
