package main

const _ int = 1e20
const _ int8 = 1e3
const _ int = 1.5e1

var a = [3]int{}[:]

func main() {
	m := map[int]int{}
	switch m {
	case nil:
	}
}
