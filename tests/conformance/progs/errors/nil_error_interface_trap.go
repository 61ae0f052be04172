package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func returnsTypedNil() error {
	var p *MyErr = nil
	return p
}

func returnsNil() error { return nil }

func main() {
	e := returnsTypedNil()
	fmt.Println(e == nil, e != nil)
	fmt.Printf("%T %v\n", e, e)
	fmt.Println(returnsNil() == nil)
}
