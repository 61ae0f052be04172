package main

import "sync"

type S struct {
	mu sync.Mutex
	m  map[string]int
}

func (s S) Get(k string) int {
	s.mu.Lock()
	return s.m[k]
}

func main() {
	var s S
	s.Get()
	s.Put("a")
}
