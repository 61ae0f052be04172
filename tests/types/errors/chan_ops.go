package main

func main() {
	c := make(chan int)
	c <- "x"
	var s string = <-c
	close(1)
	_ = s
}
