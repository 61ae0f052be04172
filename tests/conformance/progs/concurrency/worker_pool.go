package main

import (
	"fmt"
	"sort"
	"sync"
)

type results struct {
	mu  sync.Mutex
	out map[int]int
}

func (r *results) put(k, v int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.out[k] = v
}

func worker(id int, jobs <-chan int, r *results, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		sum := 0
		for i := 0; i <= j; i++ {
			sum += i
		}
		r.put(j, sum)
	}
	_ = id
}

func main() {
	jobs := make(chan int, 4)
	r := &results{out: make(map[int]int)}
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, r, &wg)
	}
	for j := 0; j < 50; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	keys := make([]int, 0, len(r.out))
	for k := range r.out {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	total := 0
	for _, k := range keys {
		total += r.out[k]
	}
	fmt.Println(len(keys), keys[0], keys[len(keys)-1], total)
	fmt.Println(r.out[10], r.out[49])
}
