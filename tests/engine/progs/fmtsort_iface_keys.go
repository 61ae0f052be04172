// versions: 1.23 1.24 1.26 1.27
// fmt prints maps sorted by internal/fmtsort; interface keys of different dynamic types
// compare by the address of their type descriptors (the linker's layout, which changed in
// go1.27: unnamed composite types first, sorted by type string).
package main

import "fmt"

type Zeta int
type Alpha string
type Pt struct{ X, Y int }
type Big struct{ A, B, C, D int }
type Meth int

func (Meth) String() string { return "meth" }
func (Meth) a()             {}

type Flag bool

func main() {
	m := map[any]int{
		"s": 1, 1: 2, int8(1): 3, int16(1): 4, int32(1): 5, int64(1): 6, uint(1): 7, uint8(1): 8,
		uint16(1): 9, uint32(1): 10, uint64(1): 11, uintptr(1): 12, float32(1.5): 13, 2.5: 14, true: 15,
		Zeta(1): 16, Alpha("a"): 17, Pt{1, 2}: 18, Big{}: 19, [2]int{1, 2}: 20, [1]string{"x"}: 21,
		struct{ b bool }{true}: 22, Flag(true): 24, [3]bool{}: 25, struct{}{}: 26,
	}
	fmt.Println(m)
	fmt.Println(map[any]int{Meth(1): 1, Zeta(2): 2, 7: 3})
	fmt.Println(map[any]string{3: "a", "x": "b", 1: "c", "a": "d", false: "e", true: "f", 2.0: "g", -1.0: "h"})
	fmt.Println(map[any]int{nil: 1, 0: 2, "": 3})
	fmt.Println(map[[2]any]int{{1, "a"}: 1, {"b", 2}: 2, {1, 2}: 3})
	fmt.Printf("%v %#v\n", map[any]bool{uint8(2): true, int8(-2): false}, map[any]int{"k": 1, 2: 2})
	type local struct{ n int }
	fmt.Println(map[any]int{local{1}: 1, Pt{0, 0}: 2, "z": 3})
}
