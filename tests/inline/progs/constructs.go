package main

import (
	"errors"
	"fmt"
	"strings"
)

type P struct{ x, y int }
type S struct{ items []int }

type Base struct{ id int }

func (b Base) ID() int { return b.id }

type Derived struct {
	Base
	name string
}

type Shape interface{ Area() float64 }

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

func f1() int { s := 0; return s }
func f2() int { var s int; return s }
func f3(xs []int) int { for range xs {}; return 0 }
func f4(xs []int) int { for _, x := range xs { _ = x }; return 0 }
func f5(xs []int) int { for i := range xs { _ = i }; return 0 }
func f6(n int) int { for i := 0; i < n; i++ {}; return 0 }
func f7(m map[string]int, k string) int { return m[k] }
func f9(xs []int) []int { return append(xs, 1) }
func f10(s *S) { s.items = s.items[:len(s.items)-1] }
func f12(s string) error { return errors.New(s) }
func f13(p P) P { return P{p.x, p.y} }
func f15() int { x := 1; x++; return x }
func f16() {}
func f17(x int) int { return x }
func f20(n int) (r int) { r = n; return }
func f21(n int) int { if n > 0 { return 1 } else { return 2 } }
func f23(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }

func promoted(d Derived) int { return d.id + d.ID() }

func area(s Shape) float64 { return s.Area() }

func isRect(s Shape) bool {
	_, ok := s.(Rect)
	return ok
}

func kind(v any) string {
	switch v.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func concat(a, b string) string { return a + "-" + b }

func upper(s string) string { return strings.ToUpper(s) }

func toFloat(n int) float64 { return float64(n) / 2 }

func wrapErr(err error) error { return fmt.Errorf("wrap: %w", err) }

func callsSmall(a, b int) int { return f17(a) + f17(b) }

func labeled(xs [][]int) int {
	n := 0
outer:
	for _, row := range xs {
		for _, v := range row {
			if v < 0 {
				break outer
			}
			if v == 0 {
				continue
			}
			n += v
		}
	}
	return n
}

func ptrs(p *P) *int { return &p.y }

func newP(x int) *P { return &P{x: x} }

func mapLit(k string) map[string]int { return map[string]int{k: 1, "b": 2} }

func sliceLit(a int) []int { return []int{a, a + 1} }

func sendRecv(c chan int) int {
	c <- 1
	return <-c
}

func pickMax(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

func printIt(v int) { fmt.Println("v", v) }

func methodValue(r Rect) func() float64 { return r.Area }

func main() {
	fmt.Println(f1(), f2(), f3(nil), f4(nil), f5(nil), f6(1), f7(nil, ""), f9(nil), f12("e"), f13(P{}), f15(), f17(1), f20(1), f21(1), f23(2))
	f10(&S{items: []int{1}})
	f16()
	fmt.Println(promoted(Derived{}), area(Rect{1, 2}), isRect(Rect{}), kind(1), concat("a", "b"), upper("x"), toFloat(3), wrapErr(errors.New("x")))
	fmt.Println(callsSmall(1, 2), labeled(nil), ptrs(&P{}), newP(1), mapLit("a"), sliceLit(1), pickMax(1, 2), methodValue(Rect{})())
	c := make(chan int, 1)
	fmt.Println(sendRecv(c))
	printIt(1)
}
