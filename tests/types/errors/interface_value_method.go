package main

import "fmt"

type Stringer interface{ String() string }

type T int

func (t *T) String() string { return fmt.Sprint(int(*t)) }

func show(s Stringer) { fmt.Println(s.String()) }

func main() {
	var t T
	show(t)
	show(&t)
	var _ fmt.Stringer = t
}
