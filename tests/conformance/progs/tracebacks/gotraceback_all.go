// env: GOTRACEBACK=all
package main

func f(a, b int) int {
	var m map[int]int
	m[a] = b
	return a
}

func main() {
	f(3, 4)
}
