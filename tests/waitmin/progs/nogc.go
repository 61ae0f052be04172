// No GC cycle at all (a program that hardly allocates; sysmon forces one only after a first):
// no minutes, however long the goroutine waits.
package main

import "time"

func main() {
	c := make(chan int)
	go func() { <-c }()
	time.Sleep(200 * time.Second)
	panic("boom")
}
