// main reads a field through a nil pointer (runtime.panicmem inlined in runtime.sigpanic); a
// second goroutine is blocked.
package main

import "time"

type point struct{ x, y int }

func recv(c chan int) {
	<-c
}

var origin *point

func main() {
	c := make(chan int)
	go recv(c)
	time.Sleep(10 * time.Millisecond)
	println(origin.y)
}
