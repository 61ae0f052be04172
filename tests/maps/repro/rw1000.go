package main

import "sync"

// A writer and a reader, 1000 operations each, on one map.
func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 1000; i++ {
			m[i] = i
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 1000; i++ {
			_ = m[i]
		}
	}()
	wg.Wait()
}
