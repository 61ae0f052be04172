package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Tags  []string
	Next  *Item
}

func main() {
	a := &Item{Name: "a", Price: 1.5}
	b := Item{Name: "b", Price: 2, Tags: []string{"x", "y"}, Next: a}
	fmt.Printf("%v\n", b.Tags)
	fmt.Printf("%+v\n", *a)
	fmt.Println(map[string]Item{"k": {Name: "v"}})
	fmt.Println([]*int{nil})
	fmt.Println([]any{[]int{1}, map[int]int{1: 2}, struct{ A []int }{[]int{3}}})
	fmt.Printf("%v\n", [2][2]string{{"a", "b"}, {"c", "d"}})
	fmt.Printf("%q\n", map[string]string{"k": "v w"})
	fmt.Printf("%x\n", map[string]int{"a": 255})
	fmt.Printf("%5v|\n", []int{1, 22})
	fmt.Printf("%#v\n", map[string][]int{"z": {1}, "a": nil})
	fmt.Printf("%#v\n", []*Item{nil})
}
