// versions: 1.26
package main

import "fmt"

type G[P any] struct{ v P }

func (g *G[P]) m[Q any](q Q) string { return fmt.Sprintf("%v %T %v %T", g.v, g.v, q, q) }

type T struct{ n int }

func (t T) Conv[R any](f func(int) R) R { return f(t.n) }

func main() {
	g := &G[string]{"s"}
	fmt.Println(g.m(2.5))
	f := g.m[int]
	fmt.Println(f(3))
	fmt.Println(T{4}.Conv(func(i int) string { return fmt.Sprint(i * 2) }))
}
