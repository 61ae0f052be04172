package main

import "fmt"

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("validation failed on %s (code %d)", e.Field, e.Code)
}

func validate() {
	panic(&ValidationError{"email", 17})
}

func main() {
	validate()
}
