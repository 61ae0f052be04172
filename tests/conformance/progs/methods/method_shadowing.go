package main

import "fmt"

type A struct{}

func (A) Who() string   { return "A" }
func (A) OnlyA() string { return "onlyA" }

type B struct{ A }

func (B) Who() string { return "B" }

type C struct {
	B
}

func main() {
	var c C
	fmt.Println(c.Who(), c.B.Who(), c.A.Who(), c.B.A.Who(), c.OnlyA())
	var i interface{ Who() string } = c
	fmt.Println(i.Who())
}
