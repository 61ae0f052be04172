package main

import "fmt"

type A struct {
	X int `json:"x"`
	Y string
}

type B struct {
	X int
	Y string
}

type Celsius struct{ Deg float64 }
type Kelvin Celsius

func main() {
	a := A{1, "one"}
	b := B(a)
	b.X = 2
	fmt.Println(a, b)
	anon := struct {
		X int
		Y string
	}{3, "three"}
	a = A(anon)
	fmt.Printf("%+v %T\n", a, anon)
	k := Kelvin(Celsius{21.5})
	fmt.Printf("%v %T\n", k, k)
	pa := &a
	pb := (*B)(pa)
	pb.Y = "changed"
	fmt.Println(a.Y)
}
