package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type T struct{}

func (T) String() string { return "T!" }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{nil, 1, int64(2), "abc", []int{1, 2}, errors.New("boom"), T{}, func() int { return 7 }, 3.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	switch any(uint8(3)).(type) {
	case int:
		fmt.Println("int")
	case uint8:
		fmt.Println("uint8")
	}
}
