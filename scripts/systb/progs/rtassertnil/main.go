// main asserts a nil interface{} to an interface type (assertE2I's own panic up to go1.21,
// runtime.panicnildottype from go1.22); a second goroutine is blocked.
package main

import "time"

type Stringer interface{ String() string }

func recv(c chan int) {
	<-c
}

//go:noinline
func name(x interface{}) string {
	return x.(Stringer).String()
}

func main() {
	c := make(chan int)
	go recv(c)
	time.Sleep(10 * time.Millisecond)
	println(name(nil))
}
