package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}
	select {
	case v, ok := <-ch:
		fmt.Println("received", v, ok)
	default:
		fmt.Println("nothing")
	}
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	case <-nilc:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels never ready")
	}
	close(ch)
	select {
	case v, ok := <-ch:
		fmt.Println("closed", v, ok)
	}
	quit := make(chan bool)
	res := make(chan int)
	go func() {
		sum := 0
		for i := 1; i <= 10; i++ {
			sum += i
		}
		res <- sum
	}()
	n := 0
loop:
	for {
		select {
		case s := <-res:
			fmt.Println("sum", s)
			close(quit)
		case <-quit:
			break loop
		}
		n++
	}
	fmt.Println("iterations", n)
}
