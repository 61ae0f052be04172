package main

import (
	"fmt"
	"sync"
)

// The same writers behind a mutex: no race.
func main() {
	m := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			m["k"] += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(m["k"])
}
