package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(os.Stderr, "fatal:", r)
			os.Exit(4)
		}
	}()
	var m map[string]int
	m["x"] = 1
}
