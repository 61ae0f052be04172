package main

import (
	"runtime"
	"sync/atomic"
)

// One P: a writer assigns to a small map while main reads. 7 keys: go1.24-1.26 turn a small
// map holding 8 entries into a table on the next assign (go1.26 runtime_fast64.go:220).
func main() {
	runtime.GOMAXPROCS(1)
	m := map[int]int{}
	var done atomic.Bool
	go func() {
		for i := 0; i < 4000000; i++ {
			m[i%7] = i
		}
		done.Store(true)
	}()
	n := 0
	for !done.Load() {
		_ = m[n%7]
		n++
	}
}
