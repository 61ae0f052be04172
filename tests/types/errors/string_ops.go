package main

func main() {
	s := "abc"
	s[0]++
	b := s + 1
	var r rune = s[0]
	_, _ = b, r
}
