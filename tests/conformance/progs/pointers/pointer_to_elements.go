package main

import "fmt"

type P struct{ X, Y int }

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr[1]
	*p = 20
	fmt.Println(arr)
	s := []P{{1, 2}, {3, 4}}
	ps := &s[0]
	ps.X = 10
	fmt.Println(s)
	s = append(s, P{5, 6})
	ps.Y = 99
	fmt.Println(s[0], *ps)
	st := P{1, 1}
	py := &st.Y
	*py = 5
	fmt.Println(st)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	for _, q := range ptrs {
		fmt.Print(*q, " ")
	}
	fmt.Println()
}
