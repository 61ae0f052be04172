package main

import "fmt"

type T struct{ name string }

func (t T) Hello(greet string) string { return greet + ", " + t.name }
func (t *T) Set(n string)             { t.name = n }

func main() {
	t := T{"a"}
	h := t.Hello
	t.name = "b"
	fmt.Println(h("hi"), t.Hello("yo"))
	s := t.Set
	s("c")
	fmt.Println(t.name)
	pt := &t
	h2 := pt.Hello
	pt.name = "d"
	fmt.Println(h2("hey"))
	fns := []func(string) string{t.Hello, T{"z"}.Hello}
	for _, f := range fns {
		fmt.Println(f("x"))
	}
}
