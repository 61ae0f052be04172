package main

func main() {
	_ = make(int)
	_ = make([]int)
	_ = new(1)
}
