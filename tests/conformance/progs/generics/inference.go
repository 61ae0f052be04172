package main

import "fmt"

func First[S ~[]E, E any](s S) E { return s[0] }

type Names []string

func Apply[T any, R any](v T, fs ...func(T) R) []R {
	var out []R
	for _, f := range fs {
		out = append(out, f(v))
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(First(Names{"ann", "bob"}), First([]int{9}))
	fmt.Println(Apply(3, func(i int) string { return fmt.Sprint(i) }, func(i int) string { return "x" }))
	p := Ptr(42)
	*p++
	fmt.Println(*p)
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%T\n", First[Names])
}
