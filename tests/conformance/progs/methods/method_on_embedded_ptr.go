package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Dog struct{ base }

func (Dog) Sound() string { return "woof" }

type Cat struct{ *base }

func (Cat) Sound() string { return "meow" }

func main() {
	animals := []Animal{Dog{base{"rex"}}, Cat{&base{"tom"}}}
	for _, a := range animals {
		fmt.Println(a.Name(), a.Sound())
	}
	c := Cat{}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(c.Sound())
	fmt.Println(c.Name())
}
