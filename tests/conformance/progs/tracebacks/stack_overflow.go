// stderr-lines: 3
package main

func recurse(n int) int {
	return recurse(n+1) + 1
}

func main() {
	recurse(0)
}
