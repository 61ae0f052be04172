package main

import "fmt"

type S struct{}

func (S) String() string { return "S" }

func main() {
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, 4))
	fmt.Println(fmt.Sprint(S{}, S{}, 1, S{}))
	fmt.Println(fmt.Sprint(true, false, nil, 1))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprint(1.0, 2.5, 'a'))
	fmt.Println(fmt.Sprint("", "", 1, ""))
	fmt.Println(fmt.Sprint(nil, nil))
}
