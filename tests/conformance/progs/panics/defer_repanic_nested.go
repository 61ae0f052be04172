package main

import "fmt"

//go:noinline
func inner() {
	defer func() {
		panic(fmt.Sprint("second"))
	}()
	panic("first")
}

//go:noinline
func middle() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-", r))
	}()
	inner()
}

func main() {
	defer func() {
		fmt.Println("main defer")
	}()
	middle()
}
