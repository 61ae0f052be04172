package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)
	x := []int{10, 20, 30}
	j := 0
	x[j], j = 100, 2
	fmt.Println(x, j)
	m := map[string]int{}
	k := "a"
	m[k], k = 1, "b"
	fmt.Println(m, k)
	var p, q, r = 1, "two", 3.0
	fmt.Println(p, q, r)
	arr := [3]int{1, 2, 3}
	arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
	fmt.Println(arr)
}
