package main

import "fmt"

type T struct{ name string }

func (t *T) String() string { return "T:" + t.name }

type E struct{}

func (e *E) Error() string { panic("boom in Error") }

func main() {
	var t *T
	fmt.Println(t)
	fmt.Printf("%s|%v\n", t, t)
	var e *E
	fmt.Println(e)
	fmt.Println(&E{})
}
