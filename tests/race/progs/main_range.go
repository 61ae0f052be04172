package main

import (
	"fmt"
	"time"
)

// main ranges over the map while a goroutine adds to it; the sleep orders nothing.
func main() {
	m := map[int]int{1: 1}
	go func() {
		m[2] = 2
	}()
	time.Sleep(10 * time.Millisecond)
	n := 0
	for range m {
		n++
	}
	fmt.Println(n)
}
