package main

import "fmt"

type Inner struct {
	V []int
	M map[string]int
}

type Outer struct {
	In  Inner
	Ptr *Inner
	Arr [2]Inner
}

func main() {
	o := Outer{
		In:  Inner{V: []int{1, 2}, M: map[string]int{"a": 1}},
		Ptr: &Inner{V: []int{3}},
		Arr: [2]Inner{{V: []int{4}}, {M: map[string]int{"z": 26}}},
	}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.Arr)
	fmt.Println(*o.Ptr, o.Ptr.V[0])
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	fmt.Println(pts)
	mp := map[string]*Inner{"k": {V: []int{9}}}
	fmt.Println(mp["k"].V)
}
