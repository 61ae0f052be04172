package main

import "fmt"

func work(i int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("failed(", r, ")")
		}
	}()
	if i%2 == 1 {
		panic(fmt.Sprintf("odd %d", i))
	}
	return fmt.Sprint("ok ", i)
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println(work(i))
	}
	fmt.Println("done")
}
