// One goroutine writes a map while main ranges over it, forever.
// The key set never changes, so the map never grows.
package main

var sink int

func writer(m map[int]int) {
	for i := 0; ; i++ {
		m[i%100] = i
	}
}

func main() {
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	go writer(m)
	for {
		for k, v := range m {
			sink += k + v
		}
	}
}
