package main

import "fmt"

type List struct {
	next *List
	v    int
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) Sum() int {
	return l.v + l.next.Sum()
}

func main() {
	var l *List
	fmt.Println(l.Len())
	l = &List{&List{nil, 2}, 1}
	fmt.Println(l.Len())
	fmt.Println(l.Sum())
}
