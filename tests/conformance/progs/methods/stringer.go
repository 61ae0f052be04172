package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type P struct{ X, Y int }

func (p *P) String() string { return fmt.Sprintf("P<%d,%d>", p.X, p.Y) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	cs := []Color{Blue, Red}
	fmt.Println(cs)
	m := map[Color]int{Blue: 2, Red: 0}
	fmt.Println(m)
	p := P{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", &p, p, &p)
	s := fmt.Sprint(Green, " ", Color(9))
	fmt.Println(s)
}
