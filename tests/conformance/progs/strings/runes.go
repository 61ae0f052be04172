package main

import "fmt"

func main() {
	var r rune = 'A'
	fmt.Println(r, string(r), r+1, string(r+1))
	c := '世'
	fmt.Println(c, fmt.Sprintf("%c %U %x %q", c, c, c, c))
	fmt.Println('\n', '\t', '\\', '\'', '\x41', '\u00e9', '\U0001F642', '\101')
	var b byte = 'z'
	fmt.Println(b, string(rune(b)))
	rs := []rune{72, 105, 0x4e16}
	fmt.Println(string(rs))
	fmt.Println(string([]byte{0x48, 0x69}))
	fmt.Printf("%T %T %T\n", r, b, 'x')
}
