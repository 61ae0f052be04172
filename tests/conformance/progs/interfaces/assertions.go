package main

import "fmt"

type Speaker interface{ Speak() string }
type Dog struct{}

func (Dog) Speak() string { return "woof" }

func main() {
	var i any = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	var sp any = Dog{}
	if d, ok := sp.(Speaker); ok {
		fmt.Println(d.Speak())
	}
	_, ok = i.(Speaker)
	fmt.Println(ok)
	var nilI any
	_, ok = nilI.(int)
	fmt.Println(ok)
	fmt.Println(i.(int) + 1)
}
