// main formats a map with fmt.Sprint while another goroutine writes it: fmt sorts the entries
// through reflect's map iterator, whose first step checks the map's writing flag.
package main

import "fmt"

func writer(m map[int]int) {
	for i := 0; ; i++ {
		m[i%50] = i
	}
}

func main() {
	m := make(map[int]int)
	go writer(m)
	n := 0
	for i := 0; i < 100000; i++ {
		n += len(fmt.Sprint(m))
	}
	fmt.Println(n > 0)
}
