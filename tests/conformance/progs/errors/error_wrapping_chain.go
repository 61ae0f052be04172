package main

import (
	"errors"
	"fmt"
)

type StepErr struct {
	Step int
	Err  error
}

func (s *StepErr) Error() string { return fmt.Sprintf("step %d: %v", s.Step, s.Err) }
func (s *StepErr) Unwrap() error { return s.Err }

var ErrRoot = errors.New("root cause")

func run(n int) error {
	if n == 0 {
		return ErrRoot
	}
	return &StepErr{n, run(n - 1)}
}

func main() {
	err := run(3)
	fmt.Println(err)
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println(depth, errors.Is(err, ErrRoot))
	var se *StepErr
	errors.As(err, &se)
	fmt.Println(se.Step)
}
