package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

// Workers square numbers from an endless generator until the context is canceled; main
// cancels once it has 20 results. Every goroutine notices the cancellation and exits.
func generate(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func worker(ctx context.Context, id int, in <-chan int, out chan<- int, exits chan<- error) {
	for {
		select {
		case <-ctx.Done():
			exits <- ctx.Err()
			return
		case n, ok := <-in:
			if !ok { // the generator stopped: it saw the cancellation first
				exits <- ctx.Err()
				return
			}
			select {
			case out <- n * n:
			case <-ctx.Done():
				exits <- ctx.Err()
				return
			}
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	in := generate(ctx)
	out := make(chan int)
	exits := make(chan error, 4)
	var wg sync.WaitGroup
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			worker(ctx, id, in, out, exits)
		}(id)
	}
	var got []int
	for len(got) < 20 {
		got = append(got, <-out)
	}
	cancel()
	wg.Wait()
	close(exits)
	sort.Ints(got)
	fmt.Println(len(got), got[0] >= 1)
	reasons := map[string]int{}
	for err := range exits {
		reasons[err.Error()]++
	}
	fmt.Println(reasons)

	// A pool with a deadline: each job takes 20ms; the pool stops after 110ms.
	tctx, tcancel := context.WithTimeout(context.Background(), 110*time.Millisecond)
	defer tcancel()
	var mu sync.Mutex
	done := 0
	var twg sync.WaitGroup
	for id := 0; id < 3; id++ {
		twg.Add(1)
		go func() {
			defer twg.Done()
			for {
				select {
				case <-tctx.Done():
					return
				case <-time.After(20 * time.Millisecond):
					mu.Lock()
					done++
					mu.Unlock()
				}
			}
		}()
	}
	twg.Wait()
	fmt.Println("jobs done before the deadline:", done, tctx.Err())
}
