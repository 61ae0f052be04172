package main

import "fmt"

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case []T:
		return "slice of T"
	default:
		return fmt.Sprintf("%T", x)
	}
}

func Convert[To, From interface{ ~int | ~float64 | ~int8 }](f From) To {
	return To(f)
}

func main() {
	fmt.Println(Describe(1), Describe("s"), Describe(2.5), Describe([]bool{}))
	fmt.Println(Convert[int](3.9), Convert[float64](7), Convert[int8](300))
}
