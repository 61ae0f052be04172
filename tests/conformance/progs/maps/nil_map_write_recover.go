package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		err, isErr := r.(runtime.Error)
		fmt.Println(isErr, err)
		fmt.Printf("%T\n", r)
	}()
	var m map[int]bool
	m[1] = true
}
