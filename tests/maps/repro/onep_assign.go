package main

import (
	"runtime"
	"sync/atomic"
)

// One P: a writer assigns 1000 keys, 100 times over, while main reads.
func main() {
	runtime.GOMAXPROCS(1)
	m := map[int]int{}
	var done atomic.Bool
	go func() {
		for i := 0; i < 100000; i++ {
			m[i%1000] = i
		}
		done.Store(true)
	}()
	n := 0
	for !done.Load() {
		_ = m[n%1000]
		n++
	}
}
