package main

import (
	"fmt"
	"sync"
)

// Two goroutines write the same map without a lock.
func main() {
	m := map[string]int{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m["k"] = i
		}()
	}
	wg.Wait()
	fmt.Println(len(m))
}
