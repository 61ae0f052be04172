package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "consonant"
}

func main() {
	fmt.Println(grade(95), grade(85), grade(10))
	for _, c := range []byte("ai x") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 1:
		fmt.Println("one")
	case 5:
		fmt.Println("five")
		fallthrough
	case 6:
		fmt.Println("six (fallthrough)")
		fallthrough
	default:
		fmt.Println("default (fallthrough)")
	case 7:
		fmt.Println("seven")
	}
	switch {
	}
	calls := 0
	f := func(n int) int { calls++; return n }
	switch 3 {
	case f(1), f(2), f(3), f(4):
		fmt.Println("matched after", calls, "calls")
	}
}
