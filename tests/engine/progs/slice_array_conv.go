// versions: 1.21 1.27
// Conversions of slices to arrays ([N]T(s), go1.20: a copy) and to array pointers
// ((*[N]T)(s), go1.17: the pointer aliases the slice's backing array).
package main

import "fmt"

type pt struct{ x, y int }
type Quad [4]byte

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	backing := []int{0, 1, 2, 3, 4, 5, 6, 7}
	s := backing[2:6]
	p := (*[3]int)(s)
	p[0] = 20
	s[1] = 30
	fmt.Println(*p, s, backing, len(p), cap(p[:]))
	for i, v := range p {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	ps := p[1:]
	ps[0] = 31
	ps = append(ps, 40) // beyond the array: a new backing array, backing[5] is untouched
	fmt.Println(backing, ps, len(ps), cap(ps))
	copy(p[:], []int{-1, -2})
	fmt.Println(backing, *p)
	*p = [3]int{7, 8, 9}
	fmt.Println(backing)
	e := &p[2]
	*e = 99
	fmt.Println(backing[4], p == (*[3]int)(s), p == (*[3]int)(backing[2:]), (*[2]int)(s) == (*[2]int)(backing[2:4]))
	whole := []int{1, 2, 3}
	wp := (*[3]int)(whole)
	wp[1] = 22
	fmt.Println(whole, wp == (*[3]int)(whole), fmt.Sprintf("%v %+v", wp, wp))
	arr := *p
	arr[0] = 1000
	fmt.Println(arr, *p, [3]int(s) == *p, [2]int(s))

	var nilS []int
	np := (*[0]int)(nilS)
	ep := (*[0]int)([]int{})
	fmt.Println(np == nil, ep == nil, len(np), [0]int(nilS))

	pts := []pt{{1, 2}, {3, 4}, {5, 6}}
	cp := [2]pt(pts)
	cp[0].x = 100
	pp := (*[2]pt)(pts[1:])
	pp[0].y = 400
	pp[1] = pt{7, 8}
	fmt.Println(cp, pts)

	b := []byte("abcdefgh")
	q := Quad(b[4:])
	qp := (*Quad)(b)
	qp[0] = 'A'
	fmt.Println(string(q[:]), string(b), *qp)
	grid := [][2]int{{1, 2}, {3, 4}}
	gp := (*[2][2]int)(grid)
	gp[1][0] = 30
	fmt.Println(grid, [1][2]int(grid[1:]))

	try("array", func() { _ = [3]int(s[:2]) })
	try("pointer", func() { _ = (*[5]int)(s) })
	try("nil", func() { _ = (*[1]int)(nilS) })
	try("nil array", func() { _ = [1]int(nilS) })
	big := make([]int, 2, 10)
	try("cap is not enough", func() { _ = (*[3]int)(big) })
	g := (*[2]int)(big)
	big = append(big, 5)
	g[1] = 11
	fmt.Println(big, *g)
}
