// A goroutine's 3-index slice expression fails (goPanicSlice3B; panicBounds from go1.26) in a
// function gc does not inline while main is blocked.
package main

import "time"

//go:noinline
func window(s []int, hi, max int) []int {
	time.Sleep(10 * time.Millisecond)
	return s[1:hi:max]
}

func main() {
	c := make(chan int)
	go func() { c <- len(window(make([]int, 4), 3, 2)) }()
	<-c
}
