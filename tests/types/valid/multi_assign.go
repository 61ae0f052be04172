package main

import "fmt"

func main() {
	m := map[string]int{}
	v, ok := m["a"]
	var i any = 1
	n, ok2 := i.(int)
	c := make(chan int, 1)
	c <- 1
	r, ok3 := <-c
	var x, y = 1, "s"
	var p, q int
	p, q = q, p
	arr := []int{1, 2}
	arr[0], arr[1] = arr[1], arr[0]
	fmt.Println(v, ok, n, ok2, r, ok3, x, y, p, q, arr)
	_, _ = m["b"]
}
