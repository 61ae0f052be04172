// stderr-lines: 3
package main

import "fmt"

type Node struct {
	next *Node
	val  [4]int
}

func walkA(n *Node, depth int) int { return walkB(n.next, depth+1) + n.val[0] }
func walkB(n *Node, depth int) int { return walkA(n.next, depth+1) + n.val[1] }

func main() {
	n := &Node{}
	n.next = n
	fmt.Println("starting")
	fmt.Println(walkA(n, 0))
}
