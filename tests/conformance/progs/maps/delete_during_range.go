package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += k + v
	}
	fmt.Println(sum)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
}
