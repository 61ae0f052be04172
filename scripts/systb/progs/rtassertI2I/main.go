// A goroutine asserts a non-empty interface to another interface its dynamic type does not
// implement (runtime.getitab from assertI2I, typeAssert from go1.22) while main is blocked.
package main

import "time"

type Shape interface{ Area() int }

type Named interface{ Name() string }

type Square struct{ n int }

func (s Square) Area() int { return s.n * s.n }

//go:noinline
func label(s Shape) string {
	time.Sleep(10 * time.Millisecond)
	return s.(Named).Name()
}

func main() {
	c := make(chan string)
	go func() { c <- label(Square{2}) }()
	<-c
}
