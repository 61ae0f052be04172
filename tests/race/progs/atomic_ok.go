package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// The writer publishes with an atomic store; the reader waits for it with atomic loads.
func main() {
	m := map[int]int{}
	var ready atomic.Bool
	go func() {
		m[1] = 42
		ready.Store(true)
	}()
	for !ready.Load() {
		runtime.Gosched()
	}
	fmt.Println(m[1])
}
