package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%s: %v (%T) %v\n", name, r, r, isErr)
		_ = err
	}()
	f()
}

func main() {
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close of closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close of nil", func() {
		var c chan int
		close(c)
	})
	c := make(chan int)
	close(c)
	c <- 5
}
