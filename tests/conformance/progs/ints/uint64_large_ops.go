package main

import "fmt"

func main() {
	var a uint64 = 1<<64 - 1
	var b uint64 = 1<<63 + 12345
	fmt.Println(a/b, a%b, a-b, b+b, b*3)
	fmt.Println(a > b, b > 1<<53, a == b)
	c := uint64(12345678901234567890)
	fmt.Println(c/10, c%10, c/1000000007, c%1000000007)
	var s int64 = -8000000000000000000
	fmt.Println(s/3, s%3, s*2, s-2000000000000000000)
	fmt.Printf("%x %d %v\n", c, c, c)
}
