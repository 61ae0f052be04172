// versions: 1.21 1.27
// Explicit and partial instantiation of generic functions (f[int], f[A] with the other type
// arguments inferred from constraints), generic function values whose type arguments come
// from the type they are assigned to (go1.21), and instantiated generic types in value,
// method-expression, conversion, key and type-switch positions.
package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

func Id[T any](v T) T { return v }

func Zero[T any]() T {
	var z T
	return z
}

func Two[A, B any](a A, b B) string { return fmt.Sprint(a, "/", b) }

func First[S ~[]E, E any](s S) E { return s[0] }

func MapTo[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

type Names []string

type Box[T any] struct{ v T }

func (b Box[T]) Get() T       { return b.v }
func (b *Box[T]) Set(v T)     { b.v = v }
func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.v) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

type Holder struct {
	Box[int]
	f func(string) string
}

func pick() func(float64) float64 { return Id }

func apply(f func(int) string, v int) string { return f(v) }

func apply2(f func(int, int) string) string { return f(1, 2) }

func main() {
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil, Zero[Box[bool]]())
	f := Id[string]
	fmt.Printf("%T %v\n", f, f("s"))
	fn := First[Names]
	fmt.Printf("%T %v\n", fn, fn(Names{"ann", "bob"}))
	m := MapTo[[]int, int, string]
	fmt.Println(m([]int{1, 2, 3}, strconv.Itoa))
	fmt.Println(MapTo[[]string](strings.Fields("a bb ccc"), func(s string) int { return len(s) }))
	fmt.Println(Two[int](1, "x"), Two[int, bool](2, true))

	var g func(int) int = Id
	var h func(int, string) string = Two[int]
	var k func(bool, float64) string
	k = Two
	fs := []func(string) string{Id[string], strings.ToUpper}
	hd := Holder{Box[int]{7}, Id[string]}
	fmt.Println(g(3), h(4, "h"), k(true, 1.5), fs[0]("q"), hd.f("hf"), hd.Get(), pick()(2.5), apply(strconv.Itoa, 9), apply(Id[func(int) string](strconv.Itoa), 1))

	b := Box[string]{"x"}
	b.Set("y")
	get := Box[float64].Get
	set := (*Box[float64]).Set
	bf := Box[float64]{1.5}
	set(&bf, 2.5)
	fmt.Println(b.Get(), get(bf), b, &b, Box[int]{5})
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v %+v %T\n", p, p, p)
	byPair := map[Pair[string, int]]List[int]{p: {1, 2}, {"b", 2}: nil}
	fmt.Println(byPair[Pair[string, int]{"a", 1}].Len(), len(byPair), List[string](nil) == nil)
	var anyv any = Box[int]{3}
	switch v := anyv.(type) {
	case Box[string]:
		fmt.Println("string box", v)
	case Box[int]:
		fmt.Println("int box", v.Get())
	}
	_, ok := anyv.(fmt.Stringer)
	fmt.Println(ok, List[int]([]int{4, 5}).Len())

	idx := slices.Index[[]string]
	fmt.Println(idx([]string{"a", "b"}, "b"), slices.Contains[[]int, int]([]int{1}, 1), apply2(Two))
	var sorter func([]int) = slices.Sort
	xs := []int{3, 1, 2}
	sorter(xs)
	fmt.Println(xs)
}
