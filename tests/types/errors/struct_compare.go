package main

type A struct{ s []int }

func main() {
	a, b := A{}, A{}
	println(a == b)
	m := map[A]int{}
	_ = m
	f := func() {}
	println(f == f)
}
