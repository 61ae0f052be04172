package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type File struct{}

func (File) Read() string { return "data" }

type MyInt int

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Println(r)
		if e, ok := r.(error); ok {
			fmt.Printf("%T\n", e)
		}
	}()
	f()
}

func main() {
	var x any = File{}
	try(func() { _ = x.(Writer) })
	try(func() { _ = x.(int) })
	var r Reader = File{}
	try(func() { _ = r.(Writer) })
	var nilAny any
	try(func() { _ = nilAny.(int) })
	var nilR Reader
	try(func() { _ = nilR.(File) })
	try(func() { _ = any(MyInt(1)).(int) })
	try(func() { _ = any(&File{}).(File) })
}
