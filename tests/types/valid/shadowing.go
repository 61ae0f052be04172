package main

import "fmt"

var x = 10

func main() {
	x := x + 1
	if x := 5; x > 3 {
		fmt.Println(x)
	}
	{
		x := "s"
		fmt.Println(x)
	}
	fmt.Println(x)
	for i := 0; i < 2; i++ {
		i := i * 2
		fmt.Println(i)
	}
	a, b := 1, 2
	a, c := 3, 4
	fmt.Println(a, b, c)
	var err error
	if _, err = fmt.Println(); err != nil {
		return
	}
}
