package main

import "fmt"

func main() {
	fmt.Println(undefinedVar)
	callMissing()
	fmt.Printn("typo")
}
