// env: GOTRACEBACK=system
// stderr-lines: 6
package main

func f(x int) {
	panic("loud panic")
}

func main() {
	f(1)
}
