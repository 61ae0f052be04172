// main panics with a runtime error; a second goroutine is blocked.
package main

func recv(c chan int) {
	<-c
}

func index(s []int, i int) int {
	return s[i]
}

func main() {
	c := make(chan int)
	go recv(c)
	s := []int{1, 2, 3}
	println(index(s, len(s)+2))
}
