// main divides by zero (runtime.panicdivide); a second goroutine is blocked.
package main

import "time"

var zero = 0

func recv(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	go recv(c)
	time.Sleep(10 * time.Millisecond)
	n := 7
	println(n / zero)
}
