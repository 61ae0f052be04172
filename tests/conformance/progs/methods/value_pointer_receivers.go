package main

import "fmt"

type Counter struct{ n int }

func (c Counter) ValueInc() { c.n++ }
func (c *Counter) PtrInc()  { c.n++ }
func (c Counter) Get() int  { return c.n }

func main() {
	c := Counter{}
	c.ValueInc()
	fmt.Println(c.Get())
	c.PtrInc()
	fmt.Println(c.Get())
	p := &c
	p.ValueInc()
	p.PtrInc()
	fmt.Println(p.Get(), c.n)
}
