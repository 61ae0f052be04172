package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 _é世!\t" {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), unicode.ToUpper('1'))
	fmt.Println(unicode.IsNumber('½'), unicode.IsDigit('½'), unicode.In('世', unicode.Han))
}
