package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Value() int { return c.n }

type Service struct {
	Logger
	Counter
	name string
}

func main() {
	s := Service{Logger{"[svc] "}, Counter{}, "x"}
	s.Log("start")
	s.Inc()
	s.Inc()
	fmt.Println(s.Value(), s.n, s.prefix)
	f := s.Inc
	f()
	fmt.Println(s.Value())
	g := (*Service).Inc
	g(&s)
	fmt.Println(s.Counter.Value())
}
