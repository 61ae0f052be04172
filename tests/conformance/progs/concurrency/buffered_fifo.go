package main

import "fmt"

type item struct {
	id   int
	name string
}

func main() {
	ch := make(chan item, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- item{1, "a"}
	ch <- item{2, "b"}
	x := item{3, "c"}
	ch <- x
	x.name = "changed"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- item{4, "d"}
	close(ch)
	for it := range ch {
		fmt.Println(it.id, it.name)
	}
	v, ok := <-ch
	fmt.Printf("%+v %v %d\n", v, ok, len(ch))
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
	fmt.Printf("%T %T\n", ch, make(<-chan bool))
	unbuf := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			unbuf <- i * 10
		}
		close(unbuf)
	}()
	for v := range unbuf {
		fmt.Println("unbuffered", v)
	}
}
