package main

import "fmt"

func main() {
	x := 1
	{
		x := 2
		{
			x++
			fmt.Println("inner", x)
		}
		fmt.Println("middle", x)
	}
	fmt.Println("outer", x)
	if y := x * 10; y > 5 {
		x := y
		fmt.Println("if scope", x)
	} else {
		fmt.Println("else", y)
	}
	switch z := x; z {
	case 1:
		z := "shadow"
		fmt.Println(z)
	}
	type local struct{ A int }
	fmt.Println(local{3})
	const c = "block const"
	fmt.Println(c)
}
