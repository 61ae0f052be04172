package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		m[1] = 1
	}()
	go func() {
		defer wg.Done()
		_ = m[2]
	}()
	wg.Wait()
	fmt.Println(len(m))
}
