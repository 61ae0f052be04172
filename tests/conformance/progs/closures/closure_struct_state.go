package main

import "fmt"

type Gen struct {
	next func() (int, bool)
}

func rangeGen(lo, hi int) Gen {
	i := lo
	return Gen{func() (int, bool) {
		if i >= hi {
			return 0, false
		}
		i++
		return i - 1, true
	}}
}

func filter(g Gen, pred func(int) bool) Gen {
	return Gen{func() (int, bool) {
		for {
			v, ok := g.next()
			if !ok || pred(v) {
				return v, ok
			}
		}
	}}
}

func main() {
	g := filter(rangeGen(0, 20), func(x int) bool { return x%3 == 0 })
	for v, ok := g.next(); ok; v, ok = g.next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
