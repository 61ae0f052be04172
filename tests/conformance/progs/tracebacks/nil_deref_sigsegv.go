package main

import "fmt"

type Config struct {
	Name  string
	Limit int
}

func limitOf(c *Config) int {
	return c.Limit
}

func main() {
	configs := map[string]*Config{"a": {"a", 10}}
	fmt.Println(limitOf(configs["a"]))
	fmt.Println(limitOf(configs["b"]))
}
