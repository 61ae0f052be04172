package main

import (
	"fmt"
	"strconv"
)

var trace string

func f() ([]int, []int) { trace += "f"; return make([]int, 3), []int{1, 2} }

var n = copy(f())

var cache = map[string]int{"a": 1}

var v, ok = cache[key()]

func key() string { trace += "k"; return "a" }

type P struct{ x, y int }

func g(s string) int { trace += s; return len(s) }

var p = P{y: g("y"), x: g("xx")}

type S struct{ a, b int }

var sp *S

func mk() [4]int { trace += "m"; return [4]int{} }

func three() (int16, float64, string) { return -42, 42.0, "x" }

func main() {
	fmt.Println(n, v, ok, p, trace)
	m := map[string]int{}
	var e error
	ep := &e
	m[key()], *ep = strconv.Atoi(fmt.Sprint(g("zz")))
	fmt.Println(m, e, trace)
	x := []int{10, 20}
	i := 1
	for i, x[i] = range []int{99} {
		break
	}
	fmt.Println(i, x)
	c := 0
	for range mk() {
		c++
	}
	fmt.Println(c, trace)
	print(three())
	println(three())
	func() {
		defer func() { fmt.Println(recover()) }()
		q := &sp.b
		fmt.Println(q)
	}()
}
