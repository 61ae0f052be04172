package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type StrMap map[string]int

func (m StrMap) Inc(k string) { m[k]++ }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), Celsius(-40).ToF())
	fmt.Printf("%T %v\n", c, c)
	l := IntList{1, 2, 3}
	l = append(l, 4)
	fmt.Println(l.Sum(), len(l))
	m := StrMap{}
	m.Inc("a")
	m.Inc("a")
	fmt.Println(m)
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply(3, 4))
	type Local int
	var x Local = 3
	fmt.Printf("%T %v\n", x, x)
}
