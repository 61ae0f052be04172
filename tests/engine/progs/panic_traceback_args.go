// A panic with an error value several frames deep: argument words, file paths, lines.
package main

import (
	"errors"
	"fmt"
)

func check(n int, name string, ok bool) int {
	defer fmt.Println("deferred in check", n)
	if n > 2 {
		panic(errors.New("too deep: " + name))
	}
	return check(n+1, name, !ok) + 1
}

func main() {
	fmt.Println(check(0, "abc", true))
}
