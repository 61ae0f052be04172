// Reads of a nil map succeed; a write panics, and recover catches it.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m map[string]int // nil: declared, never made

	v, ok := m["a"]
	fmt.Println("len:", len(m), "m[\"a\"]:", m["a"], "comma-ok:", v, ok)
	for k := range m {
		fmt.Println("never printed", k)
	}
	delete(m, "a")
	fmt.Println("reads, range and delete on a nil map: no panic")

	defer func() {
		r := recover()
		_, isRuntimeError := r.(runtime.Error)
		fmt.Printf("recovered: %v\n", r)
		fmt.Printf("type: %T, runtime.Error: %v\n", r, isRuntimeError)
	}()
	m["a"] = 1
	fmt.Println("never printed")
}
