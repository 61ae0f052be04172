package main

import "fmt"

func main() {
	vals := []any{1, "s", 2.5, true, nil, []int{1}, map[string]int{"a": 1}, struct{ A int }{1}, 'x', byte(1), int8(-1), uint64(1 << 63)}
	for _, v := range vals {
		fmt.Printf("%v|%T|%+v\n", v, v, v)
	}
	var a any = 3
	a = a.(int) * 2
	fmt.Println(a)
	var ptr *int
	var ip any = ptr
	fmt.Println(ip == nil, ip)
}
