package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

func swap(a, b string) (string, string) { return b, a }

func named() (x int, err error) {
	defer func() {
		if x > 5 {
			x = 5
			err = errors.New("clamped")
		}
	}()
	x = 10
	return x, nil
}

func pass() (int, int) { return divmod(17, 5) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	n, err := parse("")
	fmt.Println(n, err)
	n, err = parse("abc")
	fmt.Println(n, err)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(named())
	fmt.Println(pass())
	_, rem := pass()
	fmt.Println(rem)
}
