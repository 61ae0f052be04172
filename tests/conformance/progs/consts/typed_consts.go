package main

import "fmt"

type Dur int64

const (
	Nanosecond  Dur = 1
	Microsecond     = 1000 * Nanosecond
	Millisecond     = 1000 * Microsecond
	Second          = 1000 * Millisecond
)

const typedF float32 = 0.1
const typedS string = "typed"

func main() {
	fmt.Println(Second, Millisecond*5)
	fmt.Printf("%T %T %T\n", Second, typedF, typedS)
	fmt.Println(typedF, float64(typedF))
	const c = 'a' + 1
	fmt.Printf("%T %v\n", c, c)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const b = 3 > 2
	fmt.Printf("%T %v\n", b, b)
}
