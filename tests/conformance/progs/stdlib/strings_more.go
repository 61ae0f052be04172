package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Title("hello world") == "Hello World")
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.IndexAny("golang", "ln"), strings.LastIndexAny("golang", "g"))
	fmt.Printf("%q\n", strings.SplitAfterN("a.b.c.d", ".", 3))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.ContainsFunc("abc", func(r rune) bool { return r == 'c' }))
	fmt.Println(strings.ToTitle("go"), strings.Clone("c"))
	rd := strings.NewReader("hello")
	fmt.Println(rd.Len())
	b := make([]byte, 3)
	n, err := rd.Read(b)
	fmt.Println(n, err, string(b), rd.Len())
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.Count("ababab", "aba"))
	s, found := strings.CutPrefix("prefix:rest", "prefix:")
	fmt.Println(s, found)
	s, found = strings.CutSuffix("file.tar.gz", ".gz")
	fmt.Println(s, found)
}
