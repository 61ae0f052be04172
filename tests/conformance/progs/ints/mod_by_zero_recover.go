package main

import (
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println("runtime.Error:", re.Error())
			return
		}
		fmt.Println("other:", r)
	}()
	f()
}

func main() {
	zero := 0
	try(func() { fmt.Println(5 % zero) })
	var u8 uint8
	try(func() { fmt.Println(uint8(3) / u8) })
	var i64 int64
	try(func() { fmt.Println(int64(9) % i64) })
	f := 0.0
	fmt.Println(1/f, -1/f)
}
