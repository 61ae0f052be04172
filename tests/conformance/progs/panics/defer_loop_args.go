package main

import "fmt"

type T struct{ n int }

func (t T) Show()   { fmt.Println("value recv", t.n) }
func (t *T) PShow() { fmt.Println("ptr recv", t.n) }

func main() {
	t := T{1}
	defer t.Show()
	defer t.PShow()
	f := func(s string) { fmt.Println("func", s) }
	defer f("first")
	f = func(s string) { fmt.Println("changed", s) }
	t.n = 2
}
