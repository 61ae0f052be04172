package main

import (
	"errors"
	"fmt"
)

func main() {
	err := fmt.Errorf("loading config: %w", errors.New("file missing"))
	panic(err)
}
