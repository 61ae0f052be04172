package main

import (
	"fmt"
	"strings"
)

type T struct{ A int }

func main() {
	x := 5
	p := &x
	s := fmt.Sprintf("%p", p)
	fmt.Println(strings.HasPrefix(s, "0x"), len(s) > 2)
	v := fmt.Sprintf("%v", p)
	fmt.Println(v == s)
	t := &T{1}
	fmt.Printf("%v %+v\n", t, t)
	var np *T
	fmt.Printf("%v %p %+v\n", np, np, np)
	sl := []int{1}
	fmt.Println(strings.HasPrefix(fmt.Sprintf("%p", sl), "0x"))
	m := map[int]int{}
	fmt.Println(fmt.Sprintf("%p", m) != "")
	f := func() {}
	fmt.Println(fmt.Sprintf("%p", f) != "")
	pp := &p
	fmt.Println(strings.HasPrefix(fmt.Sprint(pp), "0x"))
}
