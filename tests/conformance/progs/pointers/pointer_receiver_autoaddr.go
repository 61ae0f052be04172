package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) *Acc { a.total += n; return a }
func (a Acc) Get() int         { return a.total }

func main() {
	var a Acc
	a.Add(1).Add(2).Add(3)
	fmt.Println(a.Get())
	p := &a
	fmt.Println(p.Get())
	arr := []Acc{{}, {}}
	arr[1].Add(5)
	fmt.Println(arr)
	m := map[string]*Acc{"x": {}}
	m["x"].Add(7)
	fmt.Println(m["x"].Get())
}
