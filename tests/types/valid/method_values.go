package main

import "fmt"

type T struct{ n int }

func (t T) Val() int   { return t.n }
func (t *T) Ptr() int { return t.n * 2 }

type I interface{ Val() int }

func main() {
	t := T{3}
	f := t.Val
	g := t.Ptr
	h := T.Val
	k := (*T).Ptr
	var i I = t
	m := i.Val
	n := I.Val
	fmt.Println(f(), g(), h(t), k(&t), m(), n(t))
}
