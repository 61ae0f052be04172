package main

import (
	"errors"
	"fmt"
)

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

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, errors.New("empty")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack) Len() int { return len(s.items) }

func advance(n int) {
	if n == 3 {
		panic(fmt.Sprint(n))
	}
	advance(n + 1)
}

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	default:
		return "pos"
	}
}

func main() {
	s := cached{inner: &memStore{data: map[string][]int{"a": {1}}}}
	fmt.Println(lookup(s, "a"))
	st := &Stack{}
	st.Push(1)
	fmt.Println(st.Pop())
	fmt.Println(st.Len(), classify(3))
	defer func() { recover() }()
	advance(0)
}
