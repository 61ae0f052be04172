package main

import "fmt"

func main() {
	s := "a\xffb\xe4\xb8c\xf0\x9f\x99\x82\xc0\x80"
	for i, r := range s {
		fmt.Printf("%d %U %d\n", i, r, len(string(r)))
	}
	rs := []rune(s)
	fmt.Println(len(rs), rs)
	fmt.Printf("%q\n", string(rs))
	fmt.Printf("%q %+q %x\n", s, s, s)
	b := string(rune(-1))
	fmt.Printf("%q %q %q\n", b, string(rune(0x110000)), string(rune(0xD800)))
}
