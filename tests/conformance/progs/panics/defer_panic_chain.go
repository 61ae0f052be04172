package main

//go:noinline
func f3() {
	var m map[int]int
	m[1] = 2
}

//go:noinline
func f2() {
	defer func() {
		f3()
	}()
	panic("p2")
}

//go:noinline
func f1() {
	defer func() {
		f2()
	}()
	panic("p1")
}

func main() {
	f1()
}
