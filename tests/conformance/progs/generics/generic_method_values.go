// versions: 1.27
package main

import "fmt"

type T struct{ n int }

func (t T) Conv[R any](x R) string { return fmt.Sprint(t.n, x) }

type S[A any] struct{}

func (S[A]) n[B any](b B) string { return fmt.Sprintf("%T %T", *new(A), b) }

func main() {
	f := T.Conv[bool]
	fmt.Println(f(T{1}, true))
	g := S[int].n[string]
	fmt.Println(g(S[int]{}, "x"))
}
