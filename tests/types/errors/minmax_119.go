// versions: 1.19 1.21
package main

func main() {
	println(min(1, 2), max(3, 4))
	m := map[int]int{}
	clear(m)
}
