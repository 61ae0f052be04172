// A goroutine asserts a non-empty interface to the wrong concrete type (runtime.panicdottypeI,
// with panicdottypeE inlined) while main is blocked.
package main

import "time"

type Shape interface{ Area() int }

type Square struct{ n int }

func (s Square) Area() int { return s.n * s.n }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

//go:noinline
func side(s Shape) int {
	time.Sleep(10 * time.Millisecond)
	return s.(Square).n
}

func main() {
	c := make(chan int)
	go func() { c <- side(Rect{2, 3}) }()
	<-c
}
