package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("deferred", recover()); done <- true }()
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	<-done
	go func() { fmt.Println("other") }()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
