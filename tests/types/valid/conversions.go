package main

import "fmt"

type Celsius float64
type Bytes []byte

func main() {
	x := 65
	fmt.Println(string(rune(x)), float64(x)/2, int(3.0e0), uint8(x+200))
	s := "héllo"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(bs), len(rs), string(bs), string(rs))
	c := Celsius(36.6)
	fmt.Println(float64(c), Bytes("ab"))
	var i interface{} = c
	if v, ok := i.(Celsius); ok {
		fmt.Println(v)
	}
	p := &x
	q := (*int)(p)
	fmt.Println(*q)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	a2 := [3]int(sl)
	fmt.Println(a2)
}
