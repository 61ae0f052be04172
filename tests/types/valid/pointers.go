package main

import "fmt"

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Walk(f func(int)) {
	if n == nil {
		return
	}
	n.Left.Walk(f)
	f(n.Val)
	n.Right.Walk(f)
}

func main() {
	var root *Node
	for _, v := range []int{5, 3, 8} {
		root = root.Insert(v)
	}
	root.Walk(func(v int) { fmt.Println(v) })
	x := 1
	p := &x
	pp := &p
	**pp = 2
	arr := [2]int{}
	pa := &arr
	pa[0] = 1
	fmt.Println(x, len(pa), pa[0])
	for i := range pa {
		_ = i
	}
}
