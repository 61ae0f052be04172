package main

import "fmt"

func main() {
	fmt.Printf("[%8.3f][%-8.3f][%08.3f][%+8.3f][% .3f]\n", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159)
	fmt.Printf("[%10.4e][%-12g][%.0e][%#.0f][%#g]\n", 123.456, 0.000012345, 5.5, 3.0, 1.0)
	fmt.Printf("[%5s][%-5s][%.1s][%5.2s]\n", "abc", "abc", "abc", "abc")
	fmt.Printf("[%6v][%-6v][%06v]\n", 42, 42, 42)
	fmt.Printf("[%6v][%-8v]\n", []int{1, 2}, "x")
	fmt.Printf("[%x][% x][%#x][% #x]\n", []byte{1, 2}, []byte{1, 2}, []byte{1, 2}, []byte{1, 2})
	fmt.Printf("[%+v][%+d][%+.1e]\n", 5, -5, 12345.0)
	fmt.Printf("[%10.3v][%-10v]\n", 3.14159, true)
	fmt.Printf("[%g][%G][%.3G][%e]\n", 1e-10, 1e-10, 123456.0, 0.0)
	fmt.Printf("[%v][%.1f][%.1f][%.1f]\n", float32(2.25), 0.25, 0.35, 0.45)
	fmt.Printf("[%5.1f%%]\n", 99.55)
}
