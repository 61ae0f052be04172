package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%x|%X|% x\n", s, s, s, s, s, s, s, s)
	fmt.Printf("%q|%+q|%#q\n", "tab\t", "é", "raw")
	b := []byte("abc")
	fmt.Printf("%s|%x|%v|%q|%d\n", b, b, b, b, b)
	fmt.Printf("%5.1s|%-5.3q|\n", "xyz", "xyz")
	fmt.Printf("%s %v\n", []string{"a", "b"}, []string{"c"})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%x %X\n", "hello", []byte{1, 171})
	fmt.Printf("%08s|%-08s|\n", "ab", "ab")
}
