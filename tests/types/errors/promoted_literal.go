// versions: 1.26 1.27
package main

import "fmt"

type Base struct{ ID int }

type Item struct {
	Base
	Name string
}

type P struct{ X, Y int }

func main() {
	it := Item{ID: 1, Name: "a"}
	fmt.Println(it)
	_ = P{1}
	_ = P{X: 1, Z: 2}
	_ = P{X: 1, X: 2}
}
