package main

import "fmt"

type State struct {
	Step  int
	Label string
}

func (s State) String() string { return fmt.Sprintf("state %d (%s)", s.Step, s.Label) }

type Plain struct {
	A, B int
}

func advance(n int) {
	if n == 3 {
		panic(fmt.Sprint(State{n, "stuck"}))
	}
	advance(n + 1)
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(Plain{1, 2})
	}()
	advance(0)
}
