package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "local"
	fmt.Println(x)
	{
		x := 3
		x++
		fmt.Println(x)
	}
	if x := 1.5; x > 1 {
		fmt.Println(x)
	}
	fmt.Println(x)
	_, y := 1, 2
	var _ = y
	for x := 0; x < 2; x++ {
		fmt.Print(x)
	}
	fmt.Println()
	fmt.Println(x)
}
