package main

import "fmt"

type Celsius float64
type ID uint16
type Name string
type Flags []bool

func main() {
	fmt.Printf("%v %.1f %T\n", Celsius(21.5), Celsius(21.55), Celsius(0))
	fmt.Printf("%v %x %T\n", ID(500), ID(500), ID(1))
	fmt.Printf("%v %q %T\n", Name("n"), Name("n"), Name(""))
	fmt.Printf("%v %T\n", Flags{true}, Flags{})
	fmt.Printf("%T %T %T %T %T\n", fmt.Printf, main, func(int) string { return "" }, make(chan int), [3]*int{})
	fmt.Printf("%T %T %T\n", struct{ A int }{}, &struct{}{}, map[string][]int{})
	var e error
	var a any
	fmt.Printf("%T %T %v %v\n", e, a, e, a)
	fmt.Printf("%T\n", []any{1})
	type inner struct{ X int }
	fmt.Printf("%T %v\n", inner{}, inner{2})
}
