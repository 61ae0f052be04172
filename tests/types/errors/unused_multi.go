package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	a := 1
	b, c := 2, 3
	_ = b
	fmt.Println()
}
