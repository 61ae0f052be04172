package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return Set[T]{} }

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprint("#", int(i)) }

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func Ptr[T any](v T) *T { return &v }

func main() {
	fmt.Println(Max(1, 2), Max("a", "b"), Max[float64](1, 2.5))
	s := NewSet[string]()
	s.Add("x")
	fmt.Println(s.Has("x"), Join([]ID{1, 2}), *Ptr(3))
}
