package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add()
	wg.Done(1)
	wg.Wait = nil
}
