package main

import "fmt"

func triple() (n int) {
	defer func() { n *= 3 }()
	return 7
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(triple())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
}
