// stderr-lines: 3
package main

import (
	"fmt"
	"sync"
)

func main() {
	f := sync.OnceFunc(func() {
		panic("first call fails")
	})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f()
	}()
	fmt.Println("calling again")
	f()
}
