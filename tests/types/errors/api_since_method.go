// versions: 1.19 1.24 1.25
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// sync.WaitGroup.Go arrived in Go 1.25, sync.Map.Swap in 1.20 and atomic.Int32.And in 1.23
// (api/go1.N.txt): older toolchains report the methods missing.
func main() {
	var wg sync.WaitGroup
	wg.Go(func() { fmt.Println("hi") })
	wg.Wait()
	var m sync.Map
	m.Swap("k", 1)
	var n atomic.Int32
	n.And(3)
}
