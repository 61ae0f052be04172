// Value semantics of structs and arrays, pointers to variables, fields and elements.
package main

import "fmt"

type inner struct{ v [3]int }

type outer struct {
	name string
	in   inner
	p    *inner
}

func (o outer) rename(n string) outer { o.name = n; return o }

func (o *outer) setName(n string) { o.name = n }

func bump(x *int) { *x++ }

func main() {
	a := outer{name: "a", in: inner{[3]int{1, 2, 3}}}
	b := a
	b.in.v[0] = 100
	c := a.rename("c")
	a.setName("a2")
	fmt.Println(a.name, a.in.v, b.in.v, c.name)
	n := 1
	bump(&n)
	q := &a.in.v[1]
	*q = 42
	r := &a.in
	r.v[2] = 7
	fmt.Println(n, a.in.v)
	arr := [3]inner{}
	arr2 := arr
	arr2[0].v[0] = 9
	fmt.Println(arr[0].v[0], arr2[0].v[0])
	s := []outer{a, b}
	e := &s[1]
	e.name = "via pointer"
	fmt.Println(s[1].name, b.name)
	a.p = &a.in
	a.p.v[0] = -1
	fmt.Println(a.in.v[0], a == a, *a.p == a.in)
	fmt.Printf("%v %+v\n", b, inner{})
	pp := &n
	ppp := &pp
	**ppp = 50
	fmt.Println(n, *pp == 50)
}
