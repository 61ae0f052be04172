package main

import "fmt"

func main() {
	xs := []int{1}
	i := 3
	func() {
		fmt.Println("direct", xs[i])
	}()
}
