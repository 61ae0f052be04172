package main

func f(c chan<-) {}

func main() {
}
