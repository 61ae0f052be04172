package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1 == e1)
	fmt.Println(io.EOF, errors.Is(fmt.Errorf("read: %w", io.EOF), io.EOF))
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
}
