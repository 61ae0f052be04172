// main slices a string past its length (goPanicSliceAlen; panicBounds from go1.26); a second
// goroutine is blocked.
package main

import "time"

func recv(c chan int) {
	<-c
}

//go:noinline
func prefix(s string, n int) string {
	return s[:n]
}

func main() {
	c := make(chan int)
	go recv(c)
	time.Sleep(10 * time.Millisecond)
	println(prefix("abc", 5))
}
