// Goroutines blocked in four ways for three minutes, in a program whose allocations start
// several GC cycles at once: the cycles after the first stamp them (g.waitsince), so the
// dump prints ", 3 minutes" after each wait reason.
package main

import (
	"sync"
	"time"
)

var sink [][]byte

func main() {
	c := make(chan int)
	d := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	go func() { <-c }()
	go func() { mu.Lock() }()
	go func() {
		select {
		case <-d:
		case d <- 1:
		}
	}()
	go func() { time.Sleep(time.Hour) }()
	time.Sleep(time.Second)
	for i := 0; i < 100; i++ {
		sink = append(sink, make([]byte, 100000))
	}
	time.Sleep(190 * time.Second)
	panic("boom")
}
