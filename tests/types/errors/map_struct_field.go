package main

type P struct{ X int }

func main() {
	m := map[string]P{}
	m["a"].X = 1
	var n map[string]int
	n.foo = 1
}
