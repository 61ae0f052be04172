package main

import "fmt"

func main() {
	for i, r := range "aé世🙂" {
		fmt.Println(i, r, string(r), fmt.Sprintf("%U %q", r, r))
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println(n)
	for i := range "ab世" {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
