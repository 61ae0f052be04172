package main

import (
	"fmt"
	"sync"
)

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	c := make(chan int, 2)
	go producer(3, c)
	for v := range c {
		fmt.Println(v)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	done := make(chan struct{})
	go func() { close(done) }()
	select {
	case <-done:
	case v, ok := <-c:
		fmt.Println(v, ok)
	}
	fmt.Println(total)
}
