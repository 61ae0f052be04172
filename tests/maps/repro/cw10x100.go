package main

import "sync"

// Ten goroutines, a hundred writes each.
func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m[g*100+i] = i
			}
		}(g)
	}
	wg.Wait()
}
