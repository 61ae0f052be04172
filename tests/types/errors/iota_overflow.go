package main

const (
	a uint8 = 255 + iota
	b
)

func main() {}
