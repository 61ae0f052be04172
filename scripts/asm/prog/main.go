// Command prog exercises every runtime map entry point that Go Map Lab's machine-code
// chapter shows, so the linker keeps each one: map[int]int reads, comma-ok reads,
// assignments, deletes and range; map[string]int reads and assignments; and a map with
// a two-word struct key, which the compiler serves with the generic mapaccess1 and
// mapassign. It is only built, never run, by scripts/gen-asm.mjs.
package main

import "os"

type pair struct{ A, B int }

//go:noinline
func ints(m map[int]int, k int) int {
	v := m[k]       // mapaccess1_fast64
	w, ok := m[k+1] // mapaccess2_fast64
	m[k] = v + w    // mapassign_fast64
	delete(m, k+2)  // mapdelete_fast64
	s := 0
	for key, val := range m { // iterator
		s += key + val
	}
	if ok {
		s++
	}
	return s
}

//go:noinline
func strs(m map[string]int, k string) int {
	v := m[k]    // mapaccess1_faststr
	m[k] = v + 1 // mapassign_faststr
	return v
}

//go:noinline
func pairs(m map[pair]int, k pair) int {
	v := m[k]    // mapaccess1
	m[k] = v + 1 // mapassign
	return v
}

func main() {
	n := len(os.Args)
	a := make(map[int]int, n)
	b := make(map[string]int, n)
	c := make(map[pair]int, n)
	os.Exit(ints(a, n) + strs(b, os.Args[0]) + pairs(c, pair{n, n}))
}
