// versions: 1.23 1.24 1.25 1.27
// Inlining decisions per call site in tracebacks: a self-recursive function is never
// inlined up to go1.23; from go1.24 one level of it is inlined into its own body, so real
// and inlined frames alternate, starting with an inlined frame in the first caller. (The
// receiver is live across the call, so its word is exact.) The re-panic of the recovered
// runtime error is "[recovered, repanicked]" from go1.25.
package main

import "fmt"

type Node struct {
	next *Node
	v    int
}

func (n *Node) Depth() int {
	d := n.next.Depth()
	return d + n.v
}

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		panic(r)
	}()
	l := &Node{&Node{&Node{&Node{nil, 4}, 3}, 2}, 1}
	fmt.Println(l.Depth())
}
