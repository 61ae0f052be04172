package main

import (
	"runtime"
	"sync/atomic"
)

// One P: a writer deletes and re-inserts 1000 keys, 2000 times over (about 0.1 s), while main reads.
func main() {
	runtime.GOMAXPROCS(1)
	m := map[int64]string{}
	for i := int64(0); i < 1000; i++ {
		m[i] = "s"
	}
	var done atomic.Bool
	go func() {
		for pass := 0; pass < 2000; pass++ {
			for i := int64(0); i < 1000; i++ {
				delete(m, i)
				m[i] = "s"
			}
		}
		done.Store(true)
	}()
	n := 0
	for !done.Load() {
		_ = m[int64(n%1000)]
		n++
	}
}
