package main

import "fmt"

func inner() {
	panic("inner failure")
}

func middle() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("middle saw: %v", r))
		}
	}()
	inner()
}

func main() {
	middle()
}
