package main

import (
	"errors"
	"fmt"
	"runtime"
)

func check(f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		if err, ok := r.(error); ok && errors.As(err, &re) {
			fmt.Println("runtime error:", re.Error())
		} else {
			fmt.Println("not runtime error:", r)
		}
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *struct{ X int }
	var i any = "x"
	check(func() { _ = s[5] })
	check(func() { m["k"] = 1 })
	check(func() { _ = p.X })
	check(func() { _ = i.(int) })
	check(func() { panic("plain") })
	check(func() { panic(fmt.Errorf("wrapped")) })
}
