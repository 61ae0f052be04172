package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range sq(sq(gen(1, 2, 3, 4, 5))) {
		fmt.Println(v)
	}
	done := make(chan struct{})
	data := make(chan string)
	go func() {
		defer close(done)
		for s := range data {
			fmt.Println("got", s)
		}
	}()
	for _, s := range []string{"a", "b", "c"} {
		data <- s
	}
	close(data)
	<-done
	fmt.Println("done")
}
