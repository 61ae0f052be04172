package main

func zero[T any]() T {
	var z T
	return z
}

func main() {
	_ = zero()
}
