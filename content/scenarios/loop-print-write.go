package main

import "fmt"

// main logs the map while another goroutine writes it: fmt sorts the map's entries by
// iterating it, and the iteration checks for a writer.
func main() {
	m := make(map[string]int)
	go func() {
		for i := 0; ; i++ {
			m[fmt.Sprint("k", i%8)] = i
		}
	}()
	for i := 0; ; i++ {
		s := fmt.Sprint(m)
		if i%100000 == 0 {
			fmt.Println(len(s))
		}
	}
}
