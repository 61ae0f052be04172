package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	input := "3 14 -7 abc 2.5"
	sum := 0
	var bad []string
	for _, f := range strings.Fields(input) {
		n, err := strconv.Atoi(f)
		if err != nil {
			bad = append(bad, f)
			continue
		}
		sum += n
	}
	fmt.Println(sum, bad)
	fmt.Println(fmt.Sprintf("%03d-%s", 7, strings.Repeat("ab", 2)))
	line := fmt.Sprintf("%-10s|%6.2f|%5d", "item", 3.14159, 42)
	fmt.Printf("%q %d\n", line, len(line))
}
