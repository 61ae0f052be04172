package main

import (
	"fmt"
	"time"
)

// Assignments of new keys into a map in a fresh process, as in the crash reproducers: the
// first map pays for the first use of each allocation size, the second only for growth.
// (A go statement first, as the reproducers have: the engine's clock runs with its scheduler.)
func fill(n int) time.Duration {
	m := map[int]int{}
	t0 := time.Now()
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return time.Since(t0)
}

func main() {
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	for _, n := range []int{16, 128, 1024} {
		fmt.Println(fmt.Sprint("first", n), fill(n).Nanoseconds())
		fmt.Println(fmt.Sprint("second", n), fill(n).Nanoseconds())
	}
}
