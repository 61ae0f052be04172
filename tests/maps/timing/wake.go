package main

import (
	"fmt"
	"sync"
	"time"
)

var sink int

// How long an idle P takes to start a goroutine. main starts g0, then g1 (which takes P0's
// runnext and pushes g0 to the queue) and waits; g1 keeps P0 busy for a millisecond, so g0
// starts when another P's M has woken up and taken it.
//   gowake   the first go statement: newproc plus wakep (futex wake, or clone of a new M)
//   go       the second one: newproc only
//   runnext  when g1 starts on P0: main's wg.Wait parked it and P0 switched
//   stolen   when g0 starts on the woken P (1 ms when no P woke before g1 was done)
func main() {
	var wg sync.WaitGroup
	var s0, s1 time.Duration
	wg.Add(2)
	t0 := time.Now()
	go func() {
		s0 = time.Since(t0)
		wg.Done()
	}()
	d1 := time.Since(t0)
	go func() {
		s1 = time.Since(t0)
		for time.Since(t0) < time.Millisecond {
			sink++
		}
		wg.Done()
	}()
	d2 := time.Since(t0)
	wg.Wait()
	fmt.Println("gowake", d1.Nanoseconds())
	fmt.Println("go", (d2 - d1).Nanoseconds())
	fmt.Println("runnext", (s1 - d2).Nanoseconds())
	fmt.Println("stolen", s0.Nanoseconds())
}
