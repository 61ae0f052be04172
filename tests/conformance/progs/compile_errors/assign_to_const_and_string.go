package main

const Limit = 10

func main() {
	Limit = 20
	s := "abc"
	s[0] = 'x'
	m := map[string]struct{ X int }{}
	m["a"].X = 1
}
