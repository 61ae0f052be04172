// Unlocking an unlocked mutex is a fatal error, not a panic. A second goroutine
// is blocked (main sleeps first so that it has parked).
package main

import (
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := make(chan int)
	go func() {
		<-c
	}()
	time.Sleep(10 * time.Millisecond)
	mu.Unlock()
}
