package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  stopped at", i)
				return
			}
		}
	}
}

func Pairs(xs []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	for i := range Count(3) {
		fmt.Println("i =", i)
	}
	for i := range Count(10) {
		if i == 2 {
			break
		}
		fmt.Println("j =", i)
	}
	for i, s := range Pairs([]string{"a", "b", "c"}) {
		if i == 1 {
			continue
		}
		fmt.Println(i, s)
	}
	sum := 0
	for range Count(4) {
		sum++
	}
	fmt.Println(sum)
}
