package main

func main() {
	go len("x")
	defer recover()
	go func() {}
}
