package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺\x00"))
	fmt.Println(strconv.QuoteToASCII("héllo☺"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.QuoteRuneToASCII('é'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("`raw\\n`")
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`"unterminated`)
	fmt.Println(err)
	r, err := strconv.Unquote(`'x'`)
	fmt.Println(r, err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), -5, 10)), string(strconv.AppendQuote(nil, "q")))
}
