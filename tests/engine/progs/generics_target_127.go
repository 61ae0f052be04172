// versions: 1.26 1.27
// go1.27 infers the type arguments of a generic function value from the type it is assigned
// to in every assignment context: composite literal elements, struct and map literal values,
// map keys, conversions (before, only variable declarations, assignments, return statements
// and call arguments did).
package main

import "fmt"

func Id[T any](v T) T { return v }

type Holder struct{ f func(string) string }

func main() {
	fs := []func(string) string{Id[string], Id}
	mf := map[string]func(rune) rune{"id": Id}
	hd := Holder{f: Id}
	conv := (func(uint8) uint8)(Id)
	fmt.Println(fs[1]("q"), string(mf["id"]('r')), hd.f("hf"), conv(200))
}
