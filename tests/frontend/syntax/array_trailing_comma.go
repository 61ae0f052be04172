package main

type A [3,]int

func main() {
}
