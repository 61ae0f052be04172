package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	m := map[string]int{"zeta": 1, "alpha": 2, "mid": 3, "Beta": 4}
	fmt.Println(m)
	n := map[int]string{10: "a", -5: "b", 3: "c", 0: "d"}
	fmt.Println(n)
	fmt.Printf("%v %+v %#v\n", n, n, n)
	f := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(f)
	b := map[bool]int{true: 1, false: 0}
	fmt.Println(b)
	s := map[K]int{{2, "b"}: 1, {1, "z"}: 2, {1, "a"}: 3}
	fmt.Println(s)
	r := map[rune]int{'b': 1, 'a': 2}
	fmt.Println(r)
	nested := map[string][]int{"x": {1, 2}, "a": nil}
	fmt.Println(nested)
	var nm map[string]int
	fmt.Printf("%v %#v\n", nm, nm)
	arr := map[[2]int]string{{2, 1}: "c", {1, 2}: "a", {1, 1}: "b"}
	fmt.Println(arr)
}
