// Every receive form blocked at once: a plain receive (runtime.chanrecv1), a range over a
// channel and a comma-ok receive (runtime.chanrecv2), then a deadlock.
package main

func plain(c chan int) {
	<-c
}

func ranging(c chan int) {
	for range c {
	}
}

func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	go plain(a)
	go ranging(b)
	v, ok := <-c
	_, _ = v, ok
}
