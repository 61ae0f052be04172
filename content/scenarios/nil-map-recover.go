package main

import "fmt"

// record adds one hit to a map that may be nil, and turns the panic into an error.
func record(hits map[string]int, path string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("record %q: %v (recovered a %T)", path, r, r)
		}
	}()
	hits[path]++
	return nil
}

func main() {
	var nilMap map[string]int
	fmt.Println(record(make(map[string]int), "/a"))
	fmt.Println(record(nilMap, "/b"))
	fmt.Println("still running")
}
