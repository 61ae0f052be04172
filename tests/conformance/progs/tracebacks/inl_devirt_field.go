package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s []int }

func (q Sq) Area() int { return q.s[0] * q.s[0] }

type holder struct{ sh Shape }

func total(shapes ...Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func viaField(h holder) int { return h.sh.Area() }

func main() {
	fmt.Println(total(Sq{[]int{2}}))
	h := holder{sh: Sq{nil}}
	if len(fmt.Sprint(1)) == 1 {
		fmt.Println(viaField(h))
	}
}
