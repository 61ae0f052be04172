package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-42), strconv.Itoa(0))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12.5")
	fmt.Println(err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	i8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(i8, err)
	u, err := strconv.ParseUint("0x1F", 0, 64)
	fmt.Println(u, err)
	b, err := strconv.ParseInt("0b1011", 0, 0)
	fmt.Println(b, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<64-1, 36), strconv.FormatInt(35, 36))
}
