package main

import "fmt"

type Store interface {
	Get(key string) int
}

type memStore struct {
	data map[string][]int
}

func (m *memStore) Get(key string) int {
	return m.data[key][0]
}

type cached struct {
	inner Store
	hits  int
}

func (c cached) Get(key string) int {
	c.hits++
	return c.inner.Get(key)
}

func lookup(s Store, keys ...string) (sum int) {
	for _, k := range keys {
		sum += s.Get(k)
	}
	return sum
}

func main() {
	s := cached{inner: &memStore{data: map[string][]int{"a": {1}, "b": {}}}}
	fmt.Println(lookup(s, "a"))
	fmt.Println(lookup(s, "a", "b"))
}
