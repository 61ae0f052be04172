// stderr-lines: 3
package main

import (
	"fmt"
	"sync"
)

func main() {
	v := sync.OnceValue(func() int {
		panic(fmt.Sprintf("no value (%d)", 7))
	})
	fmt.Println("calling")
	fmt.Println(v())
}
