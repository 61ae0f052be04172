// A goroutine shifts by a negative amount (runtime.panicshift) in a function gc does not inline
// while main is blocked.
package main

import "time"

//go:noinline
func shift(x, n int) int {
	time.Sleep(10 * time.Millisecond)
	return x << n
}

func main() {
	c := make(chan int)
	go func() { c <- shift(1, -3) }()
	<-c
}
