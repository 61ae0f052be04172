// stderr-lines: 3
// Unbounded recursion: Go's fatal stack overflow (exit code 2).
package main

func down(n int) int {
	return down(n+1) + 1
}

func main() {
	println(down(0))
}
