package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func main() {
	var n atomic.Int64
	n.Add(2)
	var cnt int32
	atomic.AddInt32(&cnt, 1)
	var sm sync.Map
	sm.Store("a", 1)
	v, _ := sm.Load("a")
	var once sync.Once
	once.Do(func() {})
	c := &Cache{m: map[string]int{}}
	_, ok := c.Get("x")
	fmt.Println(n.Load(), cnt, v, ok)
}
