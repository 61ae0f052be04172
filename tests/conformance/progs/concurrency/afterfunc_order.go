package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	record := func(s string) func() {
		wg.Add(1)
		return func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, s)
			mu.Unlock()
		}
	}
	// Scheduled out of order; they run in the order of their deadlines.
	time.AfterFunc(40*time.Millisecond, record("40ms"))
	time.AfterFunc(10*time.Millisecond, record("10ms"))
	time.AfterFunc(30*time.Millisecond, record("30ms"))
	time.AfterFunc(20*time.Millisecond, record("20ms"))

	// A stopped AfterFunc never runs.
	stopped := time.AfterFunc(15*time.Millisecond, func() { fmt.Println("must not run") })
	fmt.Println("stop before it fires:", stopped.Stop())
	fmt.Println("stop again:", stopped.Stop())
	fmt.Println("no channel:", stopped.C == nil)

	// Reset moves one to the end.
	moved := time.AfterFunc(5*time.Millisecond, record("moved to 50ms"))
	fmt.Println("reset before it fires:", moved.Reset(50*time.Millisecond))
	wg.Wait()
	fmt.Println(order)

	// After it ran, Stop reports false and Reset schedules it again.
	runs := make(chan int, 2)
	count := 0
	again := time.AfterFunc(5*time.Millisecond, func() {
		count++
		runs <- count
	})
	fmt.Println("run", <-runs)
	fmt.Println("stop after it ran:", again.Stop())
	fmt.Println("reset after it ran:", again.Reset(5*time.Millisecond))
	fmt.Println("run", <-runs)

	// f runs in its own goroutine: it may block without delaying the caller.
	block := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { block <- true })
	fmt.Println("received from AfterFunc goroutine:", <-block)

	// Sleep and timers share the clock.
	start := time.Now()
	fired := make(chan time.Duration, 1)
	time.AfterFunc(25*time.Millisecond, func() { fired <- time.Since(start) })
	time.Sleep(10 * time.Millisecond)
	select {
	case <-fired:
		fmt.Println("fired too early")
	default:
		fmt.Println("not yet at 10ms")
	}
	d := <-fired
	fmt.Println("fired after at least 25ms:", d >= 25*time.Millisecond)
}
