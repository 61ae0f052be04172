package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	t := []int{1, 2, 3, 4}
	for i := range t {
		t[i] *= 10
	}
	fmt.Println(t)
	u := []string{"a", "b", "c"}
	for _, v := range u {
		v += "!"
		_ = v
	}
	fmt.Println(u)
}
