package main

import (
	"fmt"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Store(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
}

func (s *SafeMap[K, V]) Load(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

type request struct {
	key   string
	reply chan int
}

func owner(reqs <-chan request) {
	counts := map[string]int{}
	for r := range reqs {
		counts[r.key]++
		r.reply <- counts[r.key]
	}
}

func main() {
	sm := NewSafeMap[string, int]()
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Store(fmt.Sprint(i), i)
		}()
	}
	wg.Wait()
	v, ok := sm.Load("2")
	reqs := make(chan request)
	go owner(reqs)
	reply := make(chan int)
	reqs <- request{"a", reply}
	fmt.Println(v, ok, <-reply)
	close(reqs)
}
