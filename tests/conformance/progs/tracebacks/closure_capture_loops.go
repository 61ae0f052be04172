// versions: 1.21 1.23 1.27
package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Print("")
			fmt.Println(i, total)
			total += i
			if i == 2 {
				var m map[string]int
				m["x"] = i
			}
		}()
	}
	for j, v := range []string{"a", "b"} {
		func() {
			defer fmt.Print("")
			fmt.Println(j, v)
			if j == 1 {
				panic(v)
			}
		}()
	}
}
