package main

func main() {
	var a []int
	var b []int
	println(a == b)
	var m map[int]int
	println(m == nil)
}
