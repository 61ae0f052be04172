package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-5)) == "\uFFFD")
	bs := []byte("hi there")
	bs[0] = 'H'
	fmt.Println(string(bs))
	s := string(bs[:2])
	bs[1] = 'I'
	fmt.Println(s, string(bs[:2]))
	rs := []rune("日本語")
	rs[0] = '月'
	fmt.Println(string(rs), len(rs))
	type MyStr string
	var m MyStr = "named"
	fmt.Println(string(m)+"!", len(m), m[0])
	type Bytes []byte
	fmt.Println(string(Bytes("xyz")))
}
