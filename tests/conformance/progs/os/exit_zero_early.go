package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Println("stopping at", n)
		os.Exit(0)
	}
}

func main() {
	for i := 0; ; i++ {
		check(i)
		fmt.Println("iteration", i)
	}
}
