package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, 4, 5, 6, 7)
	fmt.Println(len(s), cap(s))
	s = append(s, s...)
	fmt.Println(len(s), cap(s))
	var b []byte
	b = append(b, "hello"...)
	fmt.Println(len(b), cap(b), string(b))
	b = append(b, " world, this is a longer string"...)
	fmt.Println(len(b), cap(b))
	x := make([]int, 5, 5)
	x = append(x, make([]int, 20)...)
	fmt.Println(len(x), cap(x))
	y := make([]int64, 0, 3)
	y = append(y, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
	fmt.Println(len(y), cap(y))
	z := append([]int(nil), 1)
	fmt.Println(len(z), cap(z))
	w := append([]string{}, "a", "b", "c", "d", "e")
	fmt.Println(len(w), cap(w))
	big := make([]int32, 300)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
	big2 := make([]int, 1000)
	big2 = append(big2, 1)
	fmt.Println(len(big2), cap(big2))
}
