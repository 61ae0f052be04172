package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("caught:", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	panic("first")
}
