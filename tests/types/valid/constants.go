package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const big = 1 << 100
const small = big >> 98
const f = 1.0 / 3
const s = "hello" + " " + "world"
const b = len(s) > 5

func main() {
	fmt.Println(KB, MB, GB, Monday, small, f, s, b)
	var x uint8 = 255
	var y int8 = -128
	var z float32 = 1e38
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(x, y, z, huge, 'a'+1, ^0, ^uint8(0))
	var r rune = 'x'
	fmt.Println(r, string(r), 7/2, 7.0/2, 7%3, -7/2)
}
