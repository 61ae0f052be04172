// main slices past the capacity (goPanicSliceAcap; panicBounds from go1.26) in a function gc
// does not inline; a second goroutine is blocked.
package main

import "time"

func recv(c chan int) {
	<-c
}

//go:noinline
func head(s []int, n int) []int {
	return s[:n]
}

func main() {
	c := make(chan int)
	go recv(c)
	time.Sleep(10 * time.Millisecond)
	s := make([]int, 2, 3)
	println(len(head(s, 5)))
}
