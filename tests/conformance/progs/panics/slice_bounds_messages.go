package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	var a [3]int
	str := "abc"
	i, j, k := -1, 5, 2
	var u uint = 7
	try("s[:i]", func() { _ = s[:i] })
	try("s[i:]", func() { _ = s[i:] })
	try("s[1:i]", func() { _ = s[1:i] })
	try("s[:j]", func() { _ = s[:j] })
	try("s[j:]", func() { _ = s[j:] })
	try("s[k:1]", func() { _ = s[k:1] })
	try("s[:u]", func() { _ = s[:u] })
	try("s[2:j:j]", func() { _ = s[2:j:j] })
	try("s[:1:i]", func() { _ = s[:1:i] })
	try("s[:i:2]", func() { _ = s[:i:2] })
	try("s[:3:2]", func() { _ = s[:k+1:k] })
	try("s[i:1:2]", func() { _ = s[i:1:2] })
	try("s[k:1:2]", func() { _ = s[k:1:2] })
	try("str[:i]", func() { _ = str[:i] })
	try("str[j:]", func() { _ = str[j:] })
	try("str[k:1]", func() { _ = str[k:1] })
	try("a[:j]", func() { _ = a[:j] })
	try("a[i:]", func() { _ = a[i:] })
	try("a[::j]", func() { _ = a[1:2:j] })
	var ns []int
	try("ns[:1]", func() { _ = ns[:k-1] })
	try("ns[:]", func() { fmt.Println(len(ns[:])) })
}
