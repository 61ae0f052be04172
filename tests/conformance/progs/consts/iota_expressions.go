package main

import "fmt"

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
	FlagD
)

func (f Flag) Has(g Flag) bool { return f&g != 0 }

const (
	e0 = iota * iota
	e1
	e2
	e3 = iota + 100
	e4
)

type Size float64

const (
	_       = iota
	S1 Size = iota * 1.5
	S2
)

func main() {
	f := FlagA | FlagC
	fmt.Println(FlagA, FlagB, FlagC, FlagD, f, f.Has(FlagB), f.Has(FlagC))
	fmt.Println(e0, e1, e2, e3, e4)
	fmt.Println(S1, S2)
	const (
		local = iota + 'a'
		local2
	)
	fmt.Println(string(rune(local)), string(rune(local2)))
}
