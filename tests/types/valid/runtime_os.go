package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

func main() {
	runtime.GOMAXPROCS(2)
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine() > 0, len(os.Args) > 0)
	if len(os.Args) > 5 {
		os.Exit(3)
	}
	fmt.Println(strconv.Itoa(5), strconv.Quote("a"))
}
