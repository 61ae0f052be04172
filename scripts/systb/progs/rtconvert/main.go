// A goroutine converts a short slice to an array pointer (goPanicSliceConvert; panicBounds from
// go1.26) while main is blocked.
package main

import "time"

//go:noinline
func first4(s []int) *[4]int {
	time.Sleep(10 * time.Millisecond)
	return (*[4]int)(s)
}

func main() {
	c := make(chan int)
	go func() { c <- first4(make([]int, 2))[0] }()
	<-c
}
