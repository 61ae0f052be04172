package main

import "fmt"

func inc(p *int) { *p++ }

type Node struct {
	Val  int
	Next *Node
}

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	var np *int
	fmt.Println(np == nil)
	pp := &p
	**pp = 10
	fmt.Println(x)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	q := new(int)
	*q = 7
	fmt.Println(*q)
	s := new([]string)
	*s = append(*s, "a")
	fmt.Println(*s, len(*s))
}
