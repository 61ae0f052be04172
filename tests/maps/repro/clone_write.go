package main

import (
	"maps"
	"sync"
)

// maps.Clone while another goroutine writes: go1.24 copies through an iterator
// ("concurrent map iteration and map write"), go1.25+ check once ("concurrent map clone and
// map write").
func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 20000; i++ {
			m[i%100] = i
		}
	}()
	n := 0
	for i := 0; i < 2000; i++ {
		n += len(maps.Clone(m))
	}
	wg.Wait()
	_ = n
}
