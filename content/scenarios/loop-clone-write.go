package main

import "maps"

// main copies the map with maps.Clone, over and over, while another goroutine writes it.
// The copy checks the writer's flag too.
func main() {
	m := make(map[int]int)
	for i := 0; i < 64; i++ {
		m[i] = i
	}
	go func() {
		for i := 0; ; i++ {
			m[i%64] = i
		}
	}()
	for {
		_ = maps.Clone(m)
	}
}
