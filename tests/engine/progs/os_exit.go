// os.Exit ends the program at once with its code; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
}
