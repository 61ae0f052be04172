package main

import (
	_ "strings"
	"fmt"
)

var unusedGlobal = 3

func unusedFunc(x int) {}

func main() {
	var _ = 1
	_, _ = 1, 2
	x := 1
	x = 2
	_ = x
	fmt.Println()
}
