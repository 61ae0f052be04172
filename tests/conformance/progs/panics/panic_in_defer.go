package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred")
	defer func() {
		panic("second panic in defer")
	}()
	panic("first panic")
}
