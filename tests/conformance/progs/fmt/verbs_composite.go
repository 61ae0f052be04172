package main

import "fmt"

type Point struct {
	X, Y int
	Name string
}

type Wrapper struct {
	P    *Point
	Tags []string
	M    map[string]int
	I    any
}

func main() {
	p := Point{1, 2, "pt"}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", p, p, p, p)
	w := Wrapper{nil, []string{"a"}, map[string]int{"k": 1}, 3}
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
	fmt.Printf("%v %#v %T\n", []int{1, 2}, []int{1, 2}, []int{})
	fmt.Printf("%v %#v\n", [2]bool{true}, [2]bool{true})
	fmt.Printf("%v %#v %T\n", map[string]bool{"x": true}, map[string]bool{"x": true}, map[string]bool{})
	var ip *int
	fmt.Printf("%v %#v\n", ip, ip)
	fmt.Printf("%v %+v\n", struct{}{}, []any{nil, 1, "a"})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.5, any(nil))
	fmt.Printf("%#v %#v\n", []any{1, "x"}, struct{ A, b int }{1, 2})
	fmt.Printf("%v\n", [][]int{{1}, {2, 3}})
	fmt.Printf("%d %x\n", []int{10, 11}, [2]int{255, 16})
}
