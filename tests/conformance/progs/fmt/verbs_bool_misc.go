package main

import "fmt"

func main() {
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%%|%c|%v\n", 'A', 'A')
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("x\n", 1, "extra")
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%v %v\n", nil, []any{nil})
	fmt.Printf("%s\n", nil)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%.2f\n", "s")
}
