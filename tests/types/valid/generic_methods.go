package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) Map[U any](f func(T) U) Box[U] { return Box[U]{f(b.v)} }

func (b Box[T]) Get() T { return b.v }

func main() {
	b := Box[int]{21}
	s := b.Map(func(i int) string { return fmt.Sprint(i * 2) })
	fmt.Println(s.Get(), Box[string].Get(s))
}
