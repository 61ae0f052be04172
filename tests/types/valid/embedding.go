package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Derived struct {
	Base
	Name string
}

type Describer interface{ Describe() string }

func main() {
	d := Derived{Base{1}, "x"}
	d.SetID(5)
	fmt.Println(d.ID, d.Describe(), d.Base.ID)
	var i Describer = d
	var j Describer = &d
	fmt.Println(i.Describe(), j.Describe())
}
