package main

import (
	"errors"
	"fmt"
)

type HTTPError struct{ Code int }

func (e HTTPError) Error() string { return fmt.Sprintf("http %d", e.Code) }
func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

type Temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net" }
func (netErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("request: %w", HTTPError{404})
	fmt.Println(errors.Is(err, HTTPError{404}), errors.Is(err, HTTPError{}), errors.Is(err, HTTPError{500}))
	var he HTTPError
	fmt.Println(errors.As(err, &he), he.Code)
	var tmp Temporary
	e2 := fmt.Errorf("wrap: %w", netErr{})
	fmt.Println(errors.As(e2, &tmp), tmp != nil && tmp.Temporary())
	var target *HTTPError
	fmt.Println(errors.As(err, &target))
}
