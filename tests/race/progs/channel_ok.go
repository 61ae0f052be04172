package main

import "fmt"

// A goroutine fills the map and hands it over on a channel: the send orders the writes
// before main's reads.
func main() {
	ch := make(chan map[int]int)
	go func() {
		m := map[int]int{}
		for i := 0; i < 10; i++ {
			m[i] = i * i
		}
		ch <- m
	}()
	m := <-ch
	fmt.Println(len(m), m[9])
}
