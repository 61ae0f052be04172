package main

import "fmt"

type Container[T any] interface {
	Len() int
	At(i int) T
}

type Ints []int

func (s Ints) Len() int       { return len(s) }
func (s Ints) At(i int) int   { return s[i] }

func First[T any, C Container[T]](c C) T { return c.At(0) }

func Print[C Container[T], T any](c C) {
	for i := 0; i < c.Len(); i++ {
		fmt.Println(c.At(i))
	}
}

func main() {
	fmt.Println(First[int](Ints{7}))
	Print[Ints](Ints{1, 2})
	var c Container[int] = Ints{5}
	fmt.Println(c.Len())
}
