package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	for i := 0; i < len(s)/2; i++ {
		if s[i] != s[len(s)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(reverse("Hello, 世界"), reverse(""))
	fmt.Println(isPalindrome("racecar"), isPalindrome("abca"))
	counts := [256]int{}
	for i := 0; i < len("mississippi"); i++ {
		counts["mississippi"[i]]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['m'])
}
