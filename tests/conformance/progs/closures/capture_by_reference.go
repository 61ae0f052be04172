package main

import "fmt"

func main() {
	x := 1
	f := func() int { return x * 10 }
	x = 5
	fmt.Println(f())
	g := func() { x++ }
	g()
	g()
	fmt.Println(x)
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	adders := map[string]func(int) int{}
	for _, n := range []int{1, 10, 100} {
		n := n
		adders[fmt.Sprint(n)] = func(x int) int { return x + n }
	}
	fmt.Println(adders["1"](1), adders["10"](1), adders["100"](1))
}
