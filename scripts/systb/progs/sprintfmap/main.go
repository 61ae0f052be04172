// The same race through fmt.Sprintf with the %d verb.
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
		n += len(fmt.Sprintf("%d", m))
	}
	fmt.Println(n > 0)
}
