// env: GOTRACEBACK=none
package main

func f() {
	panic("quiet panic")
}

func main() {
	f()
}
