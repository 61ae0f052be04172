package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

func find(k string) (int, error) {
	if k == "" {
		return 0, fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return strconv.Atoi(k)
}

func main() {
	_, err := find("")
	if errors.Is(err, ErrNotFound) {
		fmt.Fprintln(os.Stderr, err)
	}
	n, err := find("12")
	fmt.Println(n, err)
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	panic("x")
}
