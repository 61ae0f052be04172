package main

import (
	"sync"
	"sync/atomic"
)

// Two writers add an eighth and a ninth key to a map of seven at the same instant, a thousand
// times. Both can get past the entry check before either sets the flag; on go1.24-1.26 the
// second then finds no empty slot in the small map's group: "small map with no empty slot
// (concurrent map writes?)" (go1.26 internal/runtime/maps/runtime_fast64.go:179).
func main() {
	for round := 0; round < 1000; round++ {
		m := map[int]int{}
		for i := 0; i < 7; i++ {
			m[i] = i
		}
		var ready atomic.Int32
		var wg sync.WaitGroup
		for g := 0; g < 2; g++ {
			wg.Add(1)
			go func(k int) {
				defer wg.Done()
				ready.Add(1)
				for ready.Load() < 2 {
				}
				m[k] = k
			}(100 + g)
		}
		wg.Wait()
	}
}
