// versions: 1.24 1.27
package main

func First[S ~[]E, E any](s S) E { return s[0] }

func Map2[T, U any](x T, f func(T) U) U { return f(x) }

type Names []string

// Outside a call, the missing type arguments of a partial instantiation come from the
// constraints alone: E from S's core type, but nothing says what U is.
func main() {
	f := First[Names]
	g := Map2[int]
	_, _ = f, g
}
