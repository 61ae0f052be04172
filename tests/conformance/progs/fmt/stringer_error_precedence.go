package main

import (
	"errors"
	"fmt"
)

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type S struct{ v int }

func (s S) String() string { return fmt.Sprintf("S(%d)", s.v) }

type G struct{ v int }

func (g G) GoString() string { return "G!" }

type F struct{}

func (F) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "F[%c]", verb) }

func main() {
	fmt.Println(Both{})
	fmt.Printf("%v %s %d\n", S{1}, S{2}, S{3})
	fmt.Printf("%v %+v %#v\n", S{4}, []S{{5}}, S{6})
	fmt.Printf("%#v %v\n", G{1}, G{2})
	fmt.Printf("%v %d %s\n", F{}, F{}, F{})
	fmt.Println(errors.New("e1"), []error{errors.New("e2")})
	fmt.Printf("%q\n", S{7})
	var sp *S
	fmt.Println(sp == nil)
	m := map[S]int{{2}: 1, {1}: 2}
	fmt.Println(m)
}
