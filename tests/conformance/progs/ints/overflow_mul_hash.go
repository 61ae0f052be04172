package main

import "fmt"

func hash32(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func lcg(seed uint64, n int) uint64 {
	for i := 0; i < n; i++ {
		seed = seed*6364136223846793005 + 1442695040888963407
	}
	return seed
}

func main() {
	for _, s := range []string{"", "a", "hello", "Go Map Lab"} {
		fmt.Println(s, hash32(s))
	}
	fmt.Println(lcg(1, 10), lcg(42, 1000))
	var acc int32 = 1
	for i := 0; i < 40; i++ {
		acc = acc*3 + int32(i)
	}
	fmt.Println(acc)
	var acc64 int64 = 1
	for i := 0; i < 70; i++ {
		acc64 = acc64*7 - int64(i)
	}
	fmt.Println(acc64)
}
