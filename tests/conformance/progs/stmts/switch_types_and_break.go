package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		case 4:
			fmt.Println("four")
		default:
			if i == 3 {
				break
			}
			fmt.Println("value", i)
		}
	}
	var v any = 3.5
	switch t := v.(type) {
	case int:
		fmt.Println("int", t)
	case float64:
		if t > 3 {
			break
		}
		fmt.Println("small float")
	}
	fmt.Println("end")
	switch x := "go"; {
	case len(x) == 2:
		fmt.Println("len 2")
	}
}
