package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	fmt.Println(strings.Contains(s, "World"), strings.ContainsRune(s, 'G'), strings.ContainsAny(s, "xyz!"))
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.IndexByte(s, 'W'), strings.IndexRune(s, 'G'), strings.Index(s, "nope"))
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Trim(s, " !H"))
	fmt.Printf("%q %q\n", strings.TrimLeft("xxabcxx", "x"), strings.TrimRight("xxabcxx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀBC Déf"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Println(strings.HasPrefix(s, "  He"), strings.HasSuffix(s, "!  "), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Title("x") == "X")
}
