// versions: 1.19 1.21 1.22 1.23 1.24 1.25 1.26 1.27
package main

import (
	"fmt"
	"strings"
)

func f() (int, error) { return 0, nil }

func main() {
	x := 1
	var y int = "s"
	a, b := f()
	fmt.Println(a)
	for i := range []int{} {
	}
	z := f
	var i8 int8 = 200
	_ = z
}
