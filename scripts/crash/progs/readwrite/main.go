// One goroutine writes a map while main reads it, forever.
// Only the reader can detect this conflict, so the message is always
// "concurrent map read and map write".
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
	for i := 0; ; i++ {
		sink += m[i%100]
	}
}
