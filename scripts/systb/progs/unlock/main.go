// Unlocking an unlocked mutex is a fatal error, not a panic.
package main

import "sync"

func main() {
	var mu sync.Mutex
	c := make(chan int)
	go func() {
		<-c
	}()
	mu.Unlock()
}
