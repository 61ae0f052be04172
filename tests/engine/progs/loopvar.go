// Go 1.22+ per-iteration loop variables, captured by closures and by address.
package main

import "fmt"

func main() {
	var fs []func() int
	var ps []*int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
		ps = append(ps, &i)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	for i := range 3 {
		defer func() { fmt.Print(i) }()
	}
}
