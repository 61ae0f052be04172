package main

import "fmt"

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
	_
	Max
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return "other"
}

const mask = 1<<8 - 1
const neg = -1

func main() {
	fmt.Println(Red, Blue, Max, uint8(mask), Color(mask))
	var i8 int8 = neg
	x := uint32(1) << 31
	fmt.Println(i8, x, 1<<62, uint64(1<<63))
}
