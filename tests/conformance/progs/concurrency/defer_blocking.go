package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() {
		time.Sleep(time.Duration(id) * time.Millisecond)
		out <- fmt.Sprint("done ", id)
	}()
	if id == 2 {
		panic("boom")
	}
}

func run(id int, wg *sync.WaitGroup, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint("recovered ", r)
		}
	}()
	worker(id, wg, out)
}

func main() {
	out := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go run(i, &wg, out)
	}
	var mu sync.Mutex
	mu.Lock()
	go func() {
		time.Sleep(5 * time.Millisecond)
		mu.Unlock()
	}()
	func() {
		defer mu.Lock()
	}()
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		_ = s
		n++
	}
	fmt.Println("messages", n)
	c := make(chan int)
	go func() { time.Sleep(time.Millisecond); c <- 7 }()
	defer func() { fmt.Println("got", <-c) }()
	fmt.Println("end of main")
}
