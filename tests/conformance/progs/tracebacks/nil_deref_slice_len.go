package main

import "fmt"

type Queue struct {
	name  string
	items []int
}

func size(q *Queue) int {
	return len(q.items)
}

func room(q *Queue) int {
	return cap(q.items) - len(q.items)
}

func main() {
	q := &Queue{name: "q", items: make([]int, 2, 5)}
	fmt.Println(size(q), room(q))
	q = nil
	fmt.Println(room(q))
}
