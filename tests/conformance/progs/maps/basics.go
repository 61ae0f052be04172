package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["one"], m["missing"])
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["zzz"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	m["two"] += 20
	fmt.Println(m)
}
