// append growth (growslice + size classes), sharing of backing arrays, copy, 3-index slices.
package main

import "fmt"

type big struct {
	a, b, c int64
	s      string
}

func caps[T any](zero T, n int) []int {
	var s []T
	var out []int
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, zero)
		if cap(s) != last {
			out = append(out, cap(s))
			last = cap(s)
		}
	}
	return out
}

func main() {
	fmt.Println(caps(0, 3000))
	fmt.Println(caps(byte(0), 3000))
	fmt.Println(caps("", 2000))
	fmt.Println(caps(big{}, 1000))
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b = append(b, 99)
	fmt.Println(a, b, len(b), cap(b))
	c := a[1:2:2]
	c = append(c, 100)
	fmt.Println(a, c, cap(c))
	n := copy(a, a[2:])
	fmt.Println(n, a)
	bs := append([]byte("hi "), "there"...)
	fmt.Println(string(bs), len(bs), cap(bs))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS[0:0]), append(nilS, nilS...) == nil)
}
