package main

import (
	"fmt"
	"sync"
)

var (
	once  sync.Once
	table map[string]int
)

func get(k string) int {
	once.Do(func() {
		table = map[string]int{"a": 1, "b": 2}
	})
	return table[k]
}

// sync.Once orders the initialisation before every use.
func main() {
	var wg sync.WaitGroup
	sum := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum[i] = get("b")
		}()
	}
	wg.Wait()
	fmt.Println(sum)
}
