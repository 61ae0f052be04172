package main

import (
	"fmt"
	"strconv"
)

func classify(s string) string {
	if n, err := strconv.Atoi(s); err != nil {
		return "not a number: " + err.Error()
	} else if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive " + strconv.Itoa(n)
	}
}

func main() {
	for _, s := range []string{"12", "-3", "0", "abc", ""} {
		fmt.Println(classify(s))
	}
	a, b := true, false
	if a && !b || b {
		fmt.Println("logic ok")
	}
	calls := 0
	t := func() bool { calls++; return true }
	f := func() bool { calls++; return false }
	_ = f() && t()
	_ = t() || f()
	fmt.Println("short-circuit calls:", calls)
}
