package main

import (
	"errors"
	"fmt"
)

//go:noinline
func check(err error, n int, p *int) int {
	if err != nil {
		fmt.Println("err", err)
	}
	for i := 0; i < n; i++ {
		*p += i
	}
	return 10 / (*p - 3)
}

func main() {
	x := 0
	fmt.Println(check(errors.New("e"), 3, &x))
}
