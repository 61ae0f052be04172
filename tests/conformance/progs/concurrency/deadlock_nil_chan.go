package main

func main() {
	var c chan string
	c <- "x"
}
