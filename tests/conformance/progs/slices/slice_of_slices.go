package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	tri := [][]string{{"a"}, {"b", "c"}, nil}
	tri[2] = append(tri[2], "d", "e")
	fmt.Println(tri, len(tri[2]))
	alias := grid[2]
	alias[1] = 77
	fmt.Println(grid[2])
}
