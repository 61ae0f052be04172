// A deferred recover cannot stop a concurrent map fatal error.
package main

import "fmt"

var sink int

func writer(m map[int]int) {
	for i := 0; ; i++ {
		m[i%100] = i
	}
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("deferred function ran, recover() returned:", r)
	}()
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	go writer(m)
	fmt.Println("main: reading the map")
	for i := 0; ; i++ {
		sink += m[i%100]
	}
}
