package main

import "fmt"

func helper() any { return recover() }

func main() {
	fmt.Println(recover())
	defer func() {
		fmt.Println("helper recover:", helper())
		fmt.Println("direct recover:", recover())
	}()
	defer func() {
		func() {
			fmt.Println("nested func recover:", recover())
		}()
	}()
	panic("p")
}
