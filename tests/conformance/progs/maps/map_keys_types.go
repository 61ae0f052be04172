package main

import "fmt"

type Key struct {
	Name string
	ID   int
}

type Iface interface{ M() }
type Impl int

func (Impl) M() {}

func main() {
	m1 := map[Key]int{{"a", 1}: 10}
	m1[Key{"a", 1}]++
	fmt.Println(m1[Key{"a", 1}], len(m1))
	m2 := map[[3]byte]string{{1, 2, 3}: "x"}
	fmt.Println(m2[[3]byte{1, 2, 3}])
	m3 := map[any]string{1: "int", int64(1): "int64", "1": "string", 1.0: "float"}
	fmt.Println(len(m3), m3[1], m3[int64(1)], m3["1"], m3[1.0])
	m4 := map[Iface]int{Impl(1): 1, Impl(2): 2}
	fmt.Println(m4[Impl(2)])
	a, b := 1, 1
	m5 := map[*int]string{&a: "a", &b: "b"}
	fmt.Println(len(m5), m5[&a])
	m6 := map[bool]int{}
	m6[true]++
	m6[1 > 0]++
	fmt.Println(m6)
}
