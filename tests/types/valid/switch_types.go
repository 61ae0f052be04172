package main

import (
	"errors"
	"fmt"
)

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", x)
	case string:
		return "string " + x
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("%T", x)
	}
}

func main() {
	var err error = &E{"boom"}
	var target *E
	fmt.Println(classify(1), classify("a"), classify(err), classify(nil), classify(1.5), errors.As(err, &target))
	switch {
	case len("ab") > 1:
		fmt.Println("long")
		fallthrough
	case false:
		fmt.Println("ft")
	}
}
