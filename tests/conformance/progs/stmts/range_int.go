package main

import "fmt"

type Count int

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	var c Count = 3
	for i := range c {
		fmt.Printf("%T:%v ", i, i)
	}
	fmt.Println()
	n := 0
	for i := range n {
		fmt.Println("never", i)
	}
	var u8 uint8 = 4
	for i := range u8 {
		fmt.Print(i)
	}
	fmt.Println()
	neg := -3
	for i := range neg {
		fmt.Println("never", i)
	}
}
