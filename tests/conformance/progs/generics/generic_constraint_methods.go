package main

import (
	"fmt"
	"strconv"
)

type Shower interface {
	Show() string
}

type Num int

func (n Num) Show() string { return "#" + strconv.Itoa(int(n)) }

type Word string

func (w Word) Show() string { return "'" + string(w) + "'" }

func ShowAll[T Shower](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.Show() + " "
	}
	return s
}

type StringerInt interface {
	~int
	Show() string
}

func Double[T StringerInt](x T) string { return (x * 2).Show() }

func main() {
	fmt.Println(ShowAll([]Num{1, 2}))
	fmt.Println(ShowAll([]Word{"a", "b"}))
	fmt.Println(ShowAll([]Shower{Num(3), Word("c")}))
	fmt.Println(Double(Num(21)))
}
