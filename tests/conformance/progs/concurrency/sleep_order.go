package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := []int{}
	for _, d := range []int{30, 10, 20} {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			mu.Lock()
			order = append(order, d)
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	fmt.Println(order)
	fmt.Println(time.Duration(0), time.Duration(999), 1500*time.Microsecond, 90*time.Second, 26*time.Hour+time.Nanosecond, -time.Minute)
	fmt.Println(time.Second.Seconds(), time.Minute.Milliseconds())
}
