package main

type I interface {
	M[T any](x int)
}

func main() {
}
