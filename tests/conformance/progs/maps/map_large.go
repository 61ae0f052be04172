package main

import "fmt"

func main() {
	m := make(map[int]int, 10)
	for i := 0; i < 10000; i++ {
		m[i*7919%10007] = i
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += k ^ v
	}
	fmt.Println(sum)
	for i := 0; i < 10000; i += 3 {
		delete(m, i)
	}
	fmt.Println(len(m))
	hits := 0
	for i := 0; i < 20000; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	fmt.Println(hits)
	sm := map[string]int{}
	for i := 0; i < 2000; i++ {
		sm[fmt.Sprint("key", i%500)] += i
	}
	fmt.Println(len(sm), sm["key7"], sm["key499"])
}
