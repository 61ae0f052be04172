// Two GC cycles: the second stamps the blocked goroutine with the first one's time.
package main

import (
	"runtime"
	"time"
)

func main() {
	c := make(chan int)
	go func() { <-c }()
	time.Sleep(time.Second)
	runtime.GC()
	runtime.GC()
	time.Sleep(75 * time.Second)
	panic("boom")
}
