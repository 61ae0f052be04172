package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	var f float64 = 1
	var i int = 1e3
	d := 2 * time.Second
	var u uint = 1 << 3
	x := 10
	sh := 1 << x
	var fl float64 = 1 << 2
	fmt.Println(f, i, d, u, sh, fl, math.MaxInt64, math.Pi, uint64(math.MaxUint64))
	var r rune = 'a' + 1
	const c = 'a' * 2.0
	fmt.Println(r, c, 5/2.0, time.Duration(1500)*time.Millisecond)
	b := 1 < 2
	fmt.Println(b, !b && true)
}
