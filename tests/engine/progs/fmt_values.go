// fmt's printing of composite values: %v %+v %#v %T, nil forms, Stringer and error.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type pair struct {
	K string
	V []int
	m map[string]int
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	p := pair{"k", []int{1, 2}, map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v|%+v\n", p, p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T %T %T %T\n", p, &p, p.V, p.m)
	fmt.Println(&p, []*int{nil}, map[int]bool{3: true, 1: false})
	var np *pair
	var e error
	var s []string
	var m map[int]int
	fmt.Println(np, e, s, m, s == nil)
	fmt.Printf("%#v %#v %#v\n", s, m, e)
	fmt.Println(Celsius(21.5), []Celsius{1, 2})
	var err error = &myErr{7}
	fmt.Println(err, errors.Unwrap(fmt.Errorf("x: %w", err)) == err)
	fmt.Printf("%d %x %q %5.2f|%-4s|%v\n", 42, 255, "hi", 3.14159, "ab", [2]bool{true})
	fmt.Printf("%v %d\n", struct{}{}, []int8{-1, 2})
}
