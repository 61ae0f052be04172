// versions: 1.22 1.27
package main

func seq(yield func(int) bool) {}

func main() {
	for x := range seq {
		println(x)
	}
	for i := range 3 {
		println(i)
	}
}
