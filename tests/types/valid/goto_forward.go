package main

import "fmt"

func main() {
	i := 0
	if i == 0 {
		goto done
	}
	fmt.Println("skipped")
done:
	fmt.Println("done")
	func() {
		defer fmt.Println("deferred")
	}()
}
