package main

func main() {
	m := map[string]int{}
	m[1] = 2
	var k []int
	_ = map[[]int]int{}
	_ = k
}
