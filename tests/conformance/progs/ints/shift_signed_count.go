package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	var n int8 = 5
	fmt.Println(1<<n, 100>>n)
	n = -2
	fmt.Println(uint(8) >> n)
}
