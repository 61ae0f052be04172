package main

import "fmt"

type Ring struct {
	n   int
	buf [4]int
}

func third(r *Ring) int {
	return r.buf[2]
}

func main() {
	fmt.Println(third(&Ring{buf: [4]int{1, 2, 3, 4}}))
	var r *Ring
	fmt.Println(third(r))
}
