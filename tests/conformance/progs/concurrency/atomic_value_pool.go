package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type config struct {
	name  string
	limit int
}

func main() {
	// atomic.Value: consistently typed loads and stores.
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(config{"a", 1})
	fmt.Println(v.Load().(config).name)
	fmt.Println(v.Swap(config{"b", 2}).(config).limit, v.Load())
	fmt.Println(v.CompareAndSwap(config{"x", 0}, config{"c", 3}), v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load())
	var empty atomic.Value
	fmt.Println(empty.CompareAndSwap(nil, 5), empty.Load())
	for _, f := range []func(){
		func() { v.Store(nil) },
		func() { v.Store("a string") },
		func() { v.Swap(nil) },
		func() { v.Swap(1) },
		func() { v.CompareAndSwap(nil, nil) },
		func() { v.CompareAndSwap(1, "x") },
		func() { v.CompareAndSwap(1, 2) },
		func() {
			var s atomic.Value
			s.Store([]int{1})
			s.CompareAndSwap([]int{1}, []int{2})
		},
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}

	// atomic.Pointer.
	var p atomic.Pointer[config]
	fmt.Println(p.Load() == nil)
	c1 := &config{"one", 1}
	c2 := &config{"two", 2}
	p.Store(c1)
	fmt.Println(p.Load().name, p.CompareAndSwap(c2, c1), p.CompareAndSwap(c1, c2), p.Load().name)
	fmt.Println(p.Swap(nil).name, p.Load() == nil)

	// And, Or, Uintptr and the counters under contention.
	var flags atomic.Uint32
	flags.Store(0b1010)
	fmt.Println(flags.Or(0b0101), flags.Load(), flags.And(0b0110), flags.Load())
	var i64 atomic.Int64
	i64.Store(-1)
	fmt.Println(i64.And(0xff), i64.Load(), i64.Or(0x100), i64.Load())
	x := int32(6)
	old := atomic.AndInt32(&x, 3)
	fmt.Println(old, x)
	old = atomic.OrInt32(&x, 8)
	fmt.Println(old, x)
	var up atomic.Uintptr
	up.Add(5)
	fmt.Println(up.Load(), up.CompareAndSwap(5, 7), up.Load())
	var n atomic.Int32
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				n.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(n.Load())

	// sync.Pool as one goroutine sees it.
	made := 0
	pool := sync.Pool{New: func() any {
		made++
		return fmt.Sprint("new", made)
	}}
	a := pool.Get()
	pool.Put("x")
	b := pool.Get()
	c := pool.Get()
	fmt.Println(a, b, c, made)
	var plain sync.Pool
	fmt.Println(plain.Get())
	plain.Put(nil)
	fmt.Println(plain.Get())

	// Duration rounding.
	d := 1234567891 * time.Nanosecond
	fmt.Println(d.Round(time.Millisecond), d.Truncate(time.Millisecond), d.Round(time.Hour), (-d).Abs(), d.Round(0))
	fmt.Println((-d).Round(time.Second), (-1500 * time.Millisecond).Round(time.Second), time.Duration(-1<<63).Abs())
}
