package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("goroutine done")
	}()
	fmt.Println("waiting")
	<-ch
}
