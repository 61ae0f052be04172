package main

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { println(i) })
	}
	for _, f := range fs {
		f(1)
	}
	x := 1
	func() {
		x := 2
	}()
}
