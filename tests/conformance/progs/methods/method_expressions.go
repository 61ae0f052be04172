package main

import "fmt"

type Num int

func (n Num) Double() Num   { return n * 2 }
func (n *Num) Inc()         { *n++ }
func (n Num) Add(m Num) Num { return n + m }

func main() {
	d := Num.Double
	fmt.Println(d(21))
	inc := (*Num).Inc
	var x Num = 5
	inc(&x)
	fmt.Println(x)
	add := Num.Add
	fmt.Println(add(1, 2))
	pd := (*Num).Double
	fmt.Println(pd(&x))
	fmt.Printf("%T\n%T\n", d, inc)
}
