package main

import "fmt"

func At[T any](xs []T, i int) T {
	return xs[i]
}

type Box[T any] struct{ items []T }

func (b *Box[T]) Get(i int) T { return At(b.items, i) }

func main() {
	b := &Box[string]{[]string{"a"}}
	fmt.Println(b.Get(0))
	fmt.Println(b.Get(2))
}
