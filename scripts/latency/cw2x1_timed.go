package main

import (
	"fmt"
	"sync"
	"time"
)

// cw2x1 with timestamps (ns since base): go statements, goroutine starts, write begin/end.
func main() {
	base := time.Now()
	m := map[string]int{}
	var wg sync.WaitGroup
	var st, wb, we [2]time.Duration
	var gs [2]time.Duration
	for g := 0; g < 2; g++ {
		wg.Add(1)
		gs[g] = time.Since(base)
		go func(g int) {
			defer wg.Done()
			st[g] = time.Since(base)
			wb[g] = time.Since(base)
			m["k"] = g
			we[g] = time.Since(base)
		}(g)
	}
	wg.Wait()
	fmt.Println(int64(gs[0]), int64(gs[1]), int64(st[0]), int64(st[1]), int64(wb[0]), int64(we[0]), int64(wb[1]), int64(we[1]))
}
