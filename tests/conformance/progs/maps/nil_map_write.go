package main

import "fmt"

type Store struct {
	data map[string]int
}

func (s *Store) Put(k string, v int) {
	s.data[k] = v
}

func main() {
	s := &Store{}
	fmt.Println("putting")
	s.Put("a", 1)
}
