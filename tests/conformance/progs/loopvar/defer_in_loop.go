// versions: 1.21 1.27
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred sees", i) }()
	}
	for _, s := range []string{"p", "q"} {
		defer func() { fmt.Println("range deferred sees", s) }()
	}
}
