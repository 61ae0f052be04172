package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	s := "hello"
	lo, hi := 3, 2
	fmt.Println(s[1:4])
	fmt.Println(s[lo:hi])
}
