// Every goroutine blocks forever, each in a different way, while main waits on a
// WaitGroup: the runtime reports "all goroutines are asleep - deadlock!".
package main

import "sync"

var (
	mu   sync.Mutex
	rw   sync.RWMutex
	rw2  sync.RWMutex
	cmu  sync.Mutex
	cond = sync.NewCond(&cmu)
	wg   sync.WaitGroup
)

func recv(c chan int) {
	<-c
}

func send(c chan int, v int) {
	c <- v
}

func sel(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

func lock() {
	mu.Lock()
}

func rlock() {
	rw.RLock()
}

func wlock() {
	rw2.Lock()
}

func wait() {
	cmu.Lock()
	cond.Wait()
}

func main() {
	mu.Lock()
	rw.Lock()
	rw2.RLock()
	wg.Add(1)
	a, b := make(chan int), make(chan int)
	go recv(a)
	go send(b, 7)
	go sel(a, b)
	go lock()
	go rlock()
	go wlock()
	go wait()
	go func() {
		<-a
	}()
	wg.Wait()
}
