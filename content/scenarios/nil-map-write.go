package main

import "fmt"

func main() {
	var hits map[string]int // declared but never made: a nil map

	// Reading a nil map is allowed: it behaves like an empty map.
	fmt.Println(len(hits), hits["/home"])
	if _, ok := hits["/home"]; !ok {
		fmt.Println("no entry for /home")
	}

	// Writing to it is not: this panics.
	hits["/home"]++
	fmt.Println("never printed")
}
