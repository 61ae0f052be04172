package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}, {-1, 3}, {9, 3}, {-9, -3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a, b, a/b, a%b, (a/b)*b+a%b == a)
	}
	var x int8 = -128
	var m int8 = -1
	fmt.Println(x/m, x%m)
	var u uint8 = 250
	fmt.Println(u/7, u%7)
	var i64 int64 = -9223372036854775808
	fmt.Println(i64/-1, i64%-1, i64/7, i64%7)
	fmt.Println(-7>>1, -7/2, 7>>1)
}
