// Workers blocked sending results nobody reads, a goroutine blocked on a Mutex, main waiting
// for the workers: a deadlock, printed at GOTRACEBACK=all and system. (No fmt: importing os
// starts the finalizer goroutine, and `go f(x)` adds gowrap frames: the engine models neither.)
package main

import "sync"

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * id
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		w := w
		go func() { worker(w, jobs, results, &wg) }()
	}
	jobs <- 1
	jobs <- 2
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
		println("never")
	}()
	wg.Wait()
}
