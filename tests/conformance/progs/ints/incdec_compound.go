package main

import "fmt"

func main() {
	i := 10
	i++
	i--
	i += 5
	i -= 3
	i *= 4
	i /= 3
	i %= 7
	fmt.Println(i)
	var u uint = 0
	u--
	fmt.Println(u)
	arr := [3]int{1, 2, 3}
	arr[1]++
	arr[2] *= 10
	fmt.Println(arr)
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"] += 7
	fmt.Println(m)
	p := &i
	*p += 100
	fmt.Println(i)
}
