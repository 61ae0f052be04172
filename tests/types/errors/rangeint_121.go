// versions: 1.21 1.22
package main

func main() {
	for i := range 3 {
		println(i)
	}
	println(min(1, 2))
}
