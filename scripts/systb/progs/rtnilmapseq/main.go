// A program without goroutines assigns to an entry of a nil map[int32]string
// (runtime.mapassign_fast32); at system level goroutine 1 still ends in runtime.main and the
// runtime's own goroutines follow.
package main

//go:noinline
func name(m map[int32]string, k int32, v string) {
	m[k] = v
}

func main() {
	var m map[int32]string
	name(m, 7, "seven")
}
