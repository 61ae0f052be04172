package main

import "fmt"

func main() {
	arr := [5]int{10, 20, 30, 40, 50}
	for i, v := range arr {
		arr[4] = 99
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for i, v := range &arr {
		if i == 0 {
			arr[4] = 77
		}
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	var p *[5]int = &arr
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(arr, len(p))
	var nilp *[4]int
	for i := range nilp {
		fmt.Print(i)
	}
	fmt.Println(len(nilp))
}
