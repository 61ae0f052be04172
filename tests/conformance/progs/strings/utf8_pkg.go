package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界\xff"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Print(r, ":", size, " ")
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s[:len(s)-1])
	fmt.Println(r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '🙂')
	fmt.Println(buf[:n], n, utf8.RuneLen('é'), utf8.RuneLen(-1))
	fmt.Println(utf8.AppendRune(nil, '世'), utf8.RuneError, utf8.UTFMax, utf8.ValidRune(0xD800))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0xb8))
}
