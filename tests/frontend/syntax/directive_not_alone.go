package main

func f() {} //go:noinline

func main() {
	f()
}
