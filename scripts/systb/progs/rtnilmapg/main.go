// Goroutines assign to entries of nil maps: map[int64]bool (runtime.mapassign_fast64) and
// map[key]int with a float field in the key (the generic runtime.mapassign); the second fails
// first, while main is blocked.
package main

import "time"

type key struct {
	x float64
	n int
}

//go:noinline
func mark(m map[int64]bool, k int64) {
	time.Sleep(time.Second)
	m[k] = true
}

//go:noinline
func put(m map[key]int, k key) {
	time.Sleep(10 * time.Millisecond)
	m[k] = 1
}

func main() {
	c := make(chan int)
	go mark(nil, 3)
	go put(nil, key{1.5, 2})
	<-c
}
