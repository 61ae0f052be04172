// Two goroutines write the same map forever while main waits for them.
package main

import "sync"

func writer(m map[int]int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		m[i%100] = i
	}
}

func main() {
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go writer(m, &wg)
	go writer(m, &wg)
	wg.Wait()
}
