// versions: 1.23 1.24 1.27
package main

import "fmt"

var (
	v0 = initv("v0")
	v1 = initv("v1")
)

const c = "c"

func initv(name string) string {
	if c != "" {
		fmt.Println("init", name)
	}
	return name
}

type T1 struct{ Next *T2 }

type T2 T1

var calls int

func arr() [4]int { calls++; return [4]int{} }

func nilArr() *[4]int { return nil }

func main() {
	m := map[int]int{}
	p := []int{}
	func() {
		defer func() { fmt.Println(recover(), len(m)) }()
		m[2], p[1] = 2, 2
	}()
	var t T2
	fmt.Println(t.Next == nil)
	fmt.Println(len(arr()), calls)
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = len(*nilArr())
	}()
	var x interface{}
	func() {
		type T struct{}
		x = T{}
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		type T struct{}
		_ = x.(T)
	}()
}
