package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "error output")
	defer fmt.Println("never")
	os.Exit(3)
}
