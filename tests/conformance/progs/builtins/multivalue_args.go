package main

import "fmt"

type pair struct{ x, y int }

var trace []string

func f(a []byte) ([]byte, []byte) { return a, []byte("xyz") }

func h(m map[string]int) (map[string]int, string) { return m, "b" }

func g(s []int) ([]int, int, int) { return s, 7, 8 }

func v(name string, n int) int {
	trace = append(trace, name)
	return n
}

func main() {
	a := []byte{1, 2, 3, 4}
	fmt.Println(copy(f(a)), a)
	m := map[string]int{"a": 1, "b": 2}
	delete(h(m))
	fmt.Println(m)
	fmt.Println(append(g([]int{1})))
	_ = pair{y: v("y", 1), x: v("x", 2)}
	_ = [3]int{2: v("two", 0), 0: v("zero", 0)}
	p := pair{y: v("y2", 1), x: v("x2", 2)}
	fmt.Println(trace, p)
}
