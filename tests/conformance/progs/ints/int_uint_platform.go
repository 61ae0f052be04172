package main

import "fmt"

func main() {
	var a int = 1<<63 - 1
	a++
	fmt.Println(a)
	var b uint = 1<<64 - 1
	b += 3
	fmt.Println(b)
	var u uintptr = 1<<64 - 1
	u++
	fmt.Println(u)
	x := 1 << 40
	fmt.Println(x*x, x*x*x, x+x)
	var big int = 9007199254740993
	fmt.Println(big, big+1, big*2, big-9007199254740992)
	fmt.Println(big/3, big%7, -big/4, -big%4)
}
