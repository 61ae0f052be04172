package main

import "fmt"

func main() {
	fmt.Println("hello, world", 42, 3.5, true, nil)
}
