package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	i, j, k := 4, 2, 6
	neg := -1
	try("index", func() { _ = s[i] })
	try("index neg", func() { _ = s[neg] })
	try("slice cap", func() { _ = s[:k] })
	try("slice lo>hi", func() { _ = s[i:j] })
	try("slice3", func() { _ = s[0:2:k] })
	try("slice3 order", func() { _ = s[0:i:j] })
	try("slice ok len<hi<=cap", func() { fmt.Println(len(s[:5])) })
	str := "abc"
	try("string", func() { _ = str[i] })
	try("string slice", func() { _ = str[:i] })
	arr := [3]int{}
	try("array", func() { _ = arr[i] })
	var nilS []int
	try("nil slice", func() { _ = nilS[0] })
	try("conv", func() { _ = [4]int(s) })
}
