package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	defer func() {
		r := recover()
		err := r.(error)
		fmt.Println(errors.Is(err, ErrBase), err)
		panic(err)
	}()
	panic(fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", ErrBase)))
}
