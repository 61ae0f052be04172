package main

func main() {
	a := []int{1}
	_ = a[]
}
