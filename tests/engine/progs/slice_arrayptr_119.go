// versions: 1.19 1.27
// (*[N]T)(s) before and after go1.20 added [N]T(s): the panic message names only the
// array pointer in go1.19.
package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	p := (*[2]string)(s[1:])
	p[1] = "C"
	fmt.Println(s, *p)
	defer func() { fmt.Println(recover()) }()
	_ = (*[4]string)(s)
}
