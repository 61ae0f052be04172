// defer order, argument evaluation time, named results modified by deferred closures,
// recover only in the deferred function itself, re-panic after recover.
package main

import "fmt"

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
}

func named() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			n, err = -1, fmt.Errorf("recovered: %v", r)
		}
	}()
	n = 10
	panic("boom")
}

func double() (x int) {
	defer func() { x *= 2 }()
	return 21
}

func helper() any { return recover() }

func indirect() (r any) {
	defer func() { r = helper() }()
	defer func() { recover() }()
	panic("caught by the direct one")
}

type counter struct{ n int }

func (c counter) show() { fmt.Println("value receiver", c.n) }

func receivers() {
	c := counter{1}
	defer c.show()
	c.n = 2
	defer c.show()
	c.n = 3
}

func main() {
	order()
	fmt.Println(named())
	fmt.Println(double())
	fmt.Println(indirect())
	receivers()
	defer fmt.Println("main deferred")
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}
