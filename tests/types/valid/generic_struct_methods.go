package main

import "fmt"

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Reduce[T, A any](l *List[T], init A, f func(A, T) A) A {
	acc := init
	l.Each(func(v T) { acc = f(acc, v) })
	return acc
}

type Num interface{ ~int | ~float64 }

func Total[T Num](l *List[T]) T {
	return Reduce(l, T(0), func(a T, v T) T { return a + v })
}

func main() {
	var l List[int]
	l.Push(1)
	l.Push(2)
	fmt.Println(Total(&l), l.size)
}
