package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i == 1:
			continue
		case i > 3:
			break loop
		}
		fmt.Print("i=", i, " ")
	}
	fmt.Println()
	m := [][]int{{1, 2}, {3, -1, 4}, {5}}
search:
	for r, row := range m {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				break search
			}
		}
	}
}
