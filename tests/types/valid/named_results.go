package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func f() (n int, err error) {
	defer func() { n++ }()
	return 1, nil
}

func loop() int {
	for {
	}
}

func sw(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("no")
	}
}

func main() {
	q, r := divmod(7, 2)
	n, _ := f()
	println(q, r, n, sw(1))
	_ = loop
}
