package main

import "fmt"

func main() {
	var i any = "hello"
	fmt.Println(i.(string))
	n := i.(int)
	fmt.Println(n)
}
