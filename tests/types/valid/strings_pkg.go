package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	var sb strings.Builder
	sb.WriteString("hello")
	sb.WriteByte(' ')
	fmt.Fprintf(&sb, "%d", 42)
	s := sb.String()
	fmt.Println(strings.ToUpper(s), strings.Split("a,b", ","), strings.Contains(s, "ll"))
	fmt.Println(utf8.RuneCountInString("héllo"), strings.Repeat("ab", 3), strings.Fields(" a b "))
	for i, r := range "hé" {
		fmt.Println(i, r, string(r))
	}
	b := s[0]
	fmt.Println(b, s[1:3], len(s))
}
