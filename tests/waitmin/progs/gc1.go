// One GC cycle: its stack scan runs before any cycle has ended (work.tstart is still 0), so
// the blocked goroutine is never stamped and no minutes are printed after 75 seconds.
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
	time.Sleep(75 * time.Second)
	panic("boom")
}
