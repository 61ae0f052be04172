package main

import (
	"fmt"
	"runtime"
)

type T struct{ X int }

func main() {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Println(ok, re)
	}()
	var p *T
	p.X = 5
}
