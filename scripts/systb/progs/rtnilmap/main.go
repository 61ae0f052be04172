// main assigns to an entry of a nil map[string]int (runtime.mapassign_faststr); a second
// goroutine is blocked.
package main

import "time"

func recv(c chan int) {
	<-c
}

//go:noinline
func count(m map[string]int, k string) {
	m[k]++
}

func main() {
	c := make(chan int)
	go recv(c)
	time.Sleep(10 * time.Millisecond)
	var m map[string]int
	count(m, "go")
}
