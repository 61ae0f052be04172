package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], s[len(s)-1])
	fmt.Println(s[1:3], s[:1], s[7:])
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	b := []byte(s)
	fmt.Println(len(b), b[:4])
	r := []rune(s)
	fmt.Println(len(r), r[1], string(r[1]), string(r[7:]))
	fmt.Println(string(b[8:11]), s == string(b))
}
