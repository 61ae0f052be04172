package main

import (
	"fmt"
	"time"
)

// From Go 1.23 a timer or ticker nobody is blocked on does not keep the program alive:
// receiving from a stopped timer's channel is a deadlock even while a ticker runs.
func main() {
	ticker := time.NewTicker(time.Hour)
	defer ticker.Stop()
	t := time.NewTimer(time.Millisecond)
	fmt.Println("stopped:", t.Stop())
	<-t.C
}
