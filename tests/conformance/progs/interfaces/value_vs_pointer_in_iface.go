package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Getter interface{ Get() int }

func main() {
	c := Counter{1}
	var g Getter = c
	c.Inc()
	fmt.Println(g.Get(), c.Get())
	var gp Getter = &c
	c.Inc()
	fmt.Println(gp.Get(), c.Get())
	if inc, ok := gp.(interface{ Inc() }); ok {
		inc.Inc()
	}
	fmt.Println(c.n)
	_, ok := g.(interface{ Inc() })
	fmt.Println(ok)
	fmt.Printf("%T %T\n", g, gp)
}
