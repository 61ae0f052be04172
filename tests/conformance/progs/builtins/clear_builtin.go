package main

import "fmt"

type P struct{ X int }

func main() {
	s := []int{1, 2, 3, 4}
	clear(s)
	fmt.Println(s, len(s), cap(s))
	ps := []*P{{1}, {2}}
	clear(ps)
	fmt.Println(ps[0] == nil, len(ps))
	strs := []string{"a", "b"}
	clear(strs[:1])
	fmt.Printf("%q\n", strs)
	m := map[P]string{{1}: "a", {2}: "b"}
	clear(m)
	fmt.Println(len(m), m)
	m[P{3}] = "c"
	fmt.Println(m)
}
