package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int { return c.n }

type Incer interface{ Inc() }
type Getter interface{ Get() int }

func main() {
	var c Counter
	c.Inc()
	var i Incer = &c
	i.Inc()
	var g Getter = c
	var g2 Getter = &c
	f := c.Get
	h := (*Counter).Inc
	h(&c)
	k := Counter.Get
	fmt.Println(g.Get(), g2.Get(), f(), k(c))
}
