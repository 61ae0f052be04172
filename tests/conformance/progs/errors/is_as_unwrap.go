package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	return fmt.Errorf("find failed: %w", &QueryError{q, ErrNotFound})
}

func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query:", qe.Query)
	}
	fmt.Println(errors.Unwrap(err) == qe, errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound), errors.Unwrap(ErrNotFound))
	other := errors.New("not found")
	fmt.Println(errors.Is(other, ErrNotFound), other.Error() == ErrNotFound.Error())
}
