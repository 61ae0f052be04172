package main

func cleanup() {
	panic("cleanup failed")
}

func work() {
	defer cleanup()
	panic("work failed")
}

func main() {
	work()
}
