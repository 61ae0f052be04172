package main

import (
	"fmt"
	"os"
	"strconv"
)

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Fprintln(os.Stderr, "parsing")
	fmt.Println(mustAtoi("12"))
	fmt.Println(mustAtoi("x12"))
}
