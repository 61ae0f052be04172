// main asserts an interface{} holding a string to int (runtime.panicdottypeE); a second
// goroutine is blocked.
package main

import "time"

func recv(c chan int) {
	<-c
}

//go:noinline
func toInt(x interface{}) int {
	return x.(int)
}

func main() {
	c := make(chan int)
	go recv(c)
	time.Sleep(10 * time.Millisecond)
	println(toInt("seven"))
}
