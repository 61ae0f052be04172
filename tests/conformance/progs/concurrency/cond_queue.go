package main

import (
	"fmt"
	"sort"
	"sync"
)

// A bounded queue built on sync.Cond: Put waits while the queue is full, Get while it is
// empty; Close wakes every waiter with Broadcast.
type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
	closed   bool
}

func NewQueue(max int) *Queue {
	q := &Queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := NewQueue(2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[int][]int{}
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				mu.Lock()
				got[v%3] = append(got[v%3], v)
				mu.Unlock()
			}
		}(c)
	}
	var pw sync.WaitGroup
	for p := 0; p < 2; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for i := 0; i < 15; i++ {
				q.Put(p*100 + i)
			}
		}(p)
	}
	pw.Wait()
	q.Close()
	wg.Wait()
	total := 0
	for r := 0; r < 3; r++ {
		sort.Ints(got[r])
		total += len(got[r])
		fmt.Println(r, got[r])
	}
	fmt.Println("total", total)

	// Broadcast wakes every waiter; the L field is the Locker given to NewCond.
	var rw sync.RWMutex
	cond := sync.NewCond(rw.RLocker())
	fmt.Println(cond.L == rw.RLocker(), cond.L != nil)
	var m sync.Mutex
	c := sync.NewCond(&m)
	gen := 0
	var ready sync.WaitGroup
	var done sync.WaitGroup
	woken := make([]bool, 5)
	for i := 0; i < 5; i++ {
		ready.Add(1)
		done.Add(1)
		go func(i int) {
			defer done.Done()
			m.Lock()
			my := gen
			ready.Done()
			for gen == my {
				c.Wait()
			}
			woken[i] = true
			m.Unlock()
		}(i)
	}
	ready.Wait()
	m.Lock()
	gen++
	c.Broadcast()
	m.Unlock()
	done.Wait()
	fmt.Println(woken)

	// Signal and Broadcast without waiters do nothing.
	c.Signal()
	c.Broadcast()
	fmt.Println("done")
}
