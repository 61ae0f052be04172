// An unrecovered nil-map write: an ordinary panic, so deferred calls run.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred call ran")
	var m map[string]int
	m["a"] = 1
}
