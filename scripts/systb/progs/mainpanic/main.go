// main panics with a runtime error; a second goroutine is blocked (main sleeps
// first so that it has parked).
package main

import "time"

func recv(c chan int) {
	<-c
}

func index(s []int, i int) int {
	return s[i]
}

func main() {
	c := make(chan int)
	go recv(c)
	time.Sleep(10 * time.Millisecond)
	s := []int{1, 2, 3}
	println(index(s, len(s)+2))
}
