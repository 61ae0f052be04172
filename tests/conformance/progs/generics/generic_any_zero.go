package main

import "fmt"

type Opt[T any] struct {
	v   T
	set bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) Get() (T, bool) { return o.v, o.set }
func (o Opt[T]) Or(d T) T {
	if o.set {
		return o.v
	}
	return d
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) InOrder(visit func(T)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func main() {
	fmt.Println(Some(3).Or(0), None[int]().Or(-1), None[string]().Or("dflt"))
	v, ok := Some([]int{1}).Get()
	fmt.Println(v, ok)
	var root *Tree[string]
	for _, s := range []string{"m", "b", "z", "a"} {
		root = root.Insert(s)
	}
	root.InOrder(func(s string) { fmt.Print(s) })
	fmt.Println()
}
