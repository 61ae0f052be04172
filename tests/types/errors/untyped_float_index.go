package main

func main() {
	s := []int{1, 2, 3}
	println(s[1.5])
	println(s[-1])
	i := 1.0
	println(s[i])
	_ = make([]int, -1)
}
