package main

func main() {
	defer 1
	go func() {}
}
