package main

import "fmt"

func main() {
	s := "abc"
	t := s + "def"
	s += "!"
	fmt.Println(s, t, len(t))
	fmt.Println("a" < "b", "ab" < "abc", "abc" < "abd", "Z" < "a", "" < "a", "é" > "z")
	fmt.Println("go" == "g"+"o", s != t)
	x := ""
	for i := 0; i < 5; i++ {
		x += string(rune('a' + i))
	}
	fmt.Println(x)
	u := "hello"
	v := u
	u = "world"
	fmt.Println(u, v)
}
