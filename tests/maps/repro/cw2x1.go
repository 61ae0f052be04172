package main

import "sync"

// Two goroutines, one write each.
func main() {
	m := map[string]int{}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			m["k"] = g
		}(g)
	}
	wg.Wait()
}
