package main

import "fmt"; import (
	str "strings"
	. "os" x
)

func main() {
}
