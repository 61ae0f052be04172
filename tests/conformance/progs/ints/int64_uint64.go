package main

import "fmt"

func main() {
	var a int64 = 9223372036854775807
	a++
	fmt.Println(a)
	var b uint64 = 18446744073709551615
	b++
	fmt.Println(b)
	var c int64 = 3037000500
	fmt.Println(c*c, c*c*c)
	var d uint64 = 0x9e3779b97f4a7c15
	fmt.Println(d*d, d*31+7, d>>1, int64(d), d/3, d%1000)
	var e int64 = -9223372036854775808
	fmt.Println(-e, e-1, e/-1, e%-1)
	h := uint64(14695981039346656037)
	for _, ch := range []byte("hello") {
		h ^= uint64(ch)
		h *= 1099511628211
	}
	fmt.Println(h)
}
