package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	for _, v := range s {
		fmt.Print(v)
	}
	fmt.Println()
	var i int
	var v string
	for i, v = range s {
	}
	fmt.Println(i, v)
	m := map[string]int{"only": 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	arr := [3]int{7, 8, 9}
	for i, x := range arr {
		fmt.Print(i, x, ";")
	}
	fmt.Println()
	for range s {
		fmt.Print(".")
	}
	fmt.Println()
	var nilMap map[int]int
	for range nilMap {
		fmt.Println("never")
	}
	str := "añb"
	for i, r := range str {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
}
