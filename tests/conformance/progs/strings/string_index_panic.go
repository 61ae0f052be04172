package main

import "fmt"

func main() {
	s := "hello"
	i := 10
	fmt.Println(s[1])
	fmt.Println(s[i])
}
