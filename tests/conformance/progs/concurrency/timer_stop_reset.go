// versions: 1.21 1.23 1.27
package main

import (
	"fmt"
	"time"
)

// Timer channels: buffered (cap 1) up to Go 1.22; from Go 1.23 they look unbuffered, and
// Stop and Reset guarantee that no stale value is received after they return.
func pending(c <-chan time.Time) string {
	select {
	case <-c:
		return "a value was waiting"
	default:
		return "nothing waiting"
	}
}

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("len/cap:", len(t.C), cap(t.C))
	fmt.Println("stop an active timer:", t.Stop())
	fmt.Println("stop it again:", t.Stop())
	fmt.Println(pending(t.C))

	// The timer fires while nobody receives.
	t = time.NewTimer(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("len after firing:", len(t.C))
	fmt.Println("stop after firing:", t.Stop())
	fmt.Println(pending(t.C))

	// Reset after firing, value not received.
	t = time.NewTimer(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("reset after firing:", t.Reset(20*time.Millisecond))
	fmt.Println(pending(t.C))
	start := time.Now()
	<-t.C
	fmt.Println("received after reset; waited at least 20ms:", time.Since(start) >= 20*time.Millisecond)

	// Reset an active timer: it fires once, at the new time.
	t = time.NewTimer(time.Hour)
	fmt.Println("reset active:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("reset fired and received:", t.Reset(time.Hour))
	fmt.Println("stop:", t.Stop())

	// After and a zero duration.
	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println("after fired")
	case <-time.After(time.Second):
		fmt.Println("wrong timer")
	}
	z := time.NewTimer(0)
	<-z.C
	fmt.Println("zero timer fired")

	// Misuse.
	for _, f := range []func(){
		func() { new(time.Timer).Stop() },
		func() { new(time.Timer).Reset(time.Second) },
		func() { time.NewTicker(0) },
		func() { new(time.Ticker).Reset(time.Second) },
		func() { time.NewTicker(time.Second).Reset(-1) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
	new(time.Ticker).Stop()
	fmt.Println("tick(0) is nil:", time.Tick(0) == nil)
}
