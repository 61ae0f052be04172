package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.0, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(s, len(s))
	s2 := fmt.Sprintln("z", 3)
	fmt.Printf("%q\n", s2)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 42)
	fmt.Fprint(os.Stdout, "fprint", 1, "\n")
	println("builtin println", 1, true, 2.5)
	print("builtin print", 7, "\n")
}
