package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("ctx %d: %w", 7, base)
	fmt.Println(e1)
	fmt.Println(errors.Unwrap(e1) == base)
	e2 := fmt.Errorf("no wrap: %v", base)
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("two: %w and %w", base, e2)
	fmt.Println(e3, errors.Unwrap(e3) == nil, errors.Is(e3, base), errors.Is(e3, e2))
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	fmt.Printf("%T %T %T\n", base, e1, e3)
	e4 := fmt.Errorf("%w", nil)
	fmt.Println(e4, errors.Unwrap(e4))
	e5 := fmt.Errorf("bad: %w", "notanerror")
	fmt.Println(e5)
}
