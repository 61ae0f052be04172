// versions: 1.21 1.27
package main

import "fmt"

func main() {
	var fs []func() string
	for _, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return s })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
	m := map[int]func() int{}
	for k := range []int{10, 20, 30} {
		m[k] = func() int { return k * 100 }
	}
	fmt.Println(m[0](), m[1](), m[2]())
}
