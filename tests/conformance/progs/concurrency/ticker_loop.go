package main

import (
	"fmt"
	"time"
)

func main() {
	// A ticker loop stopping after 5 ticks; ticks are 10ms apart.
	start := time.Now()
	ticker := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		fmt.Println("tick", n)
		if n == 5 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("at least 50ms:", time.Since(start) >= 50*time.Millisecond)

	// A stopped ticker sends nothing more.
	select {
	case <-ticker.C:
		fmt.Println("unexpected tick")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}

	// Reset restarts a stopped ticker with a new period.
	ticker.Reset(20 * time.Millisecond)
	start = time.Now()
	<-ticker.C
	<-ticker.C
	fmt.Println("two ticks after reset, at least 40ms:", time.Since(start) >= 40*time.Millisecond)
	ticker.Stop()

	// Ticks a slow reader misses are dropped, not queued.
	slow := time.NewTicker(10 * time.Millisecond)
	time.Sleep(55 * time.Millisecond)
	<-slow.C
	select {
	case <-slow.C:
		fmt.Println("a second tick was queued")
	default:
		fmt.Println("missed ticks were dropped")
	}
	slow.Stop()

	// time.Tick with select and a timeout.
	tick := time.Tick(20 * time.Millisecond)
	timeout := time.After(90 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-tick:
			ticks++
		case <-timeout:
			break loop
		}
	}
	fmt.Println("ticks before timeout:", ticks)

	// The ticks carry the time they were due: consecutive ticks are a period apart.
	tk := time.NewTicker(15 * time.Millisecond)
	a := <-tk.C
	b := <-tk.C
	tk.Stop()
	fmt.Println("period between ticks:", b.Sub(a) >= 14*time.Millisecond && b.Sub(a) <= 16*time.Millisecond)
}
