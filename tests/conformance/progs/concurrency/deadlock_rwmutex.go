// versions: 1.19 1.21 1.23 1.27
// stderr-lines: 3
package main

import (
	"fmt"
	"sync"
)

// The wait reason of a blocked RWMutex.Lock: `semacquire` before Go 1.21, then named.
func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("read-locked")
	rw.Lock()
}
