package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		c <- 1
	}()
	select {
	case <-c:
		fmt.Println("value first")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println(<-c)
	tick := time.Tick(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tick
		fmt.Println("tick", i)
	}
	runtime.Gosched()
	fmt.Println(runtime.GOMAXPROCS(0) > 0, runtime.NumCPU() > 0)
}
