// Two goroutines add the eighth and ninth keys of a small map at the same instant, a thousand
// times over. On Go 1.24 to 1.26 both can pass the entry check, and the second then finds the
// map's only group full.
package main

import (
	"sync"
	"sync/atomic"
)

func add(m map[int]int, k int, ready *atomic.Int32, wg *sync.WaitGroup) {
	defer wg.Done()
	ready.Add(1)
	for ready.Load() < 2 {
	}
	m[k] = k
}

func main() {
	for round := 0; round < 1000; round++ {
		m := make(map[int]int)
		for i := 0; i < 7; i++ {
			m[i] = i
		}
		var ready atomic.Int32
		var wg sync.WaitGroup
		wg.Add(2)
		go add(m, 100, &ready, &wg)
		go add(m, 101, &ready, &wg)
		wg.Wait()
	}
}
