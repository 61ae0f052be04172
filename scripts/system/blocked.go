// Goroutines blocked in each common way, then a deadlock, run with GOTRACEBACK=system by
// scripts/capture-system-traceback.mjs: the runtime's own goroutines and the runtime frames
// of blocked goroutines as each release prints them.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	var rw sync.RWMutex
	rw.Lock()
	var wg sync.WaitGroup
	wg.Add(1)
	cond := sync.NewCond(&sync.Mutex{})
	never := make(chan int)
	never2 := make(chan int)
	never3 := make(chan int)
	ready := make(chan bool)
	go func() { ready <- true; <-never }()
	<-ready
	go func() { ready <- true; never2 <- 1 }()
	<-ready
	go func() {
		ready <- true
		select {
		case <-never:
		case <-never3:
		}
	}()
	<-ready
	go func() { ready <- true; mu.Lock() }()
	<-ready
	go func() { ready <- true; rw.RLock() }()
	<-ready
	go func() { ready <- true; rw.Lock() }()
	<-ready
	go func() { ready <- true; wg.Wait() }()
	<-ready
	go func() { ready <- true; cond.L.Lock(); cond.Wait() }()
	<-ready
	var nilch chan int
	<-nilch
}
