// A goroutine panics while the others are blocked or sleeping.
package main

import (
	"sync"
	"time"
)

var mu sync.Mutex

func sleeper(d time.Duration) {
	time.Sleep(d)
}

func recv(c chan int) {
	<-c
}

func lock() {
	mu.Lock()
}

func boom(n int) {
	time.Sleep(10 * time.Millisecond)
	panic(n)
}

func main() {
	mu.Lock()
	c := make(chan int)
	go sleeper(time.Hour)
	go recv(c)
	go lock()
	go boom(42)
	<-c
}
