package main

import "fmt"

type Config struct {
	Host    string `json:"host"`
	Port    int    `json:"port,omitempty"`
	Debug   bool
	Timeout float64
	Nested  struct {
		Level int
	}
	_ int
}

func main() {
	c := Config{Host: "localhost", Port: 8080}
	c.Nested.Level = 3
	fmt.Printf("%v\n%+v\n", c, c)
	fmt.Printf("%#v\n", c.Nested)
	c2 := c
	c2.Nested.Level = 4
	fmt.Println(c.Nested.Level, c2.Nested.Level)
}
