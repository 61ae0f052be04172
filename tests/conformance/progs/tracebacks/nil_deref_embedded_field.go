package main

import "fmt"

type Meta struct {
	ID    int
	Owner string
}

type Doc struct {
	Size int
	Meta
}

func main() {
	d := &Doc{Size: 1, Meta: Meta{ID: 7, Owner: "x"}}
	fmt.Println(d.Owner)
	d = nil
	fmt.Println(len(d.Owner))
}
