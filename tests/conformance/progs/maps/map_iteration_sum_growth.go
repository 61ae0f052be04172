package main

import "fmt"

func main() {
	m := map[int]int{}
	for round := 0; round < 5; round++ {
		for i := 0; i < 1000; i++ {
			m[round*1000+i] = i
		}
		sum, n := 0, 0
		for k, v := range m {
			sum += k*3 + v
			n++
		}
		fmt.Println(round, len(m), n, sum)
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	ms := map[string][]int{}
	for i := 0; i < 300; i++ {
		k := fmt.Sprintf("k%02d", i%37)
		ms[k] = append(ms[k], i)
	}
	fmt.Println(len(ms), len(ms["k00"]), ms["k36"])
}
