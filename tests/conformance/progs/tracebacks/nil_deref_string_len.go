package main

import "fmt"

type User struct {
	name string
	age  int
}

func nameLen(u *User) int {
	return len(u.name)
}

func main() {
	fmt.Println(nameLen(&User{"ann", 3}))
	fmt.Println(nameLen(nil))
}
