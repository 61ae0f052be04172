// versions: 1.19 1.21
package main

import (
	"fmt"
	"sync"
)

// sync.OnceValue arrived in Go 1.21 (api/go1.21.txt): go1.19 does not know it.
func main() {
	f := sync.OnceValue(func() int { return 42 })
	fmt.Println(f())
}
