// One GC cycle, then sysmon forces another once two minutes pass without one: that cycle
// stamps the blocked goroutine with the first one's time.
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
	time.Sleep(200 * time.Second)
	panic("boom")
}
