package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var hits atomic.Int64
	var flag atomic.Bool
	var old int32
	var once sync.Once
	var rw sync.RWMutex
	shared := map[int]int{}
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				hits.Add(1)
				atomic.AddInt32(&old, 1)
			}
			once.Do(func() { flag.Store(true) })
			rw.Lock()
			shared[i] = i * i
			rw.Unlock()
			rw.RLock()
			_ = shared[i]
			rw.RUnlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(hits.Load(), atomic.LoadInt32(&old), flag.Load(), len(shared), shared[7])
	var u atomic.Uint32
	fmt.Println(u.CompareAndSwap(0, 5), u.CompareAndSwap(0, 6), u.Swap(9), u.Load())
}
