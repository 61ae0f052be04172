package main

import "fmt"

func main() {
	ages := map[string]int{"ada": 36, "alan": 41}
	ages["grace"] = 85

	if age, ok := ages["alan"]; ok {
		fmt.Println("alan is", age)
	}
	if _, ok := ages["linus"]; !ok {
		fmt.Println("no linus")
	}

	delete(ages, "ada")
	delete(ages, "nobody")       // deleting a missing key is a no-op
	fmt.Println(len(ages), ages) // fmt prints maps with sorted keys

	clear(ages)
	fmt.Println(len(ages), ages)
}
