// A goroutine reads a field through a nil pointer (runtime.panicmem inlined in runtime.sigpanic)
// in a function gc does not inline, after a call (so the faulting instruction is not the
// function's first), while main is blocked.
package main

import "time"

type node struct {
	val  int
	next *node
}

//go:noinline
func second(n *node) int {
	time.Sleep(10 * time.Millisecond)
	return n.next.val
}

func main() {
	c := make(chan int)
	go func() { c <- second(&node{val: 1}) }()
	<-c
}
