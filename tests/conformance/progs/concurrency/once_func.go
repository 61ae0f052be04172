package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	// OnceFunc: f runs once, however many goroutines call the returned function.
	calls := 0
	setup := sync.OnceFunc(func() {
		calls++
		fmt.Println("setup runs")
	})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			setup()
		}()
	}
	wg.Wait()
	setup()
	fmt.Println("calls", calls)

	// OnceValue caches the result.
	n := 0
	config := sync.OnceValue(func() map[string]int {
		n++
		return map[string]int{"workers": 4, "retries": 3}
	})
	for i := 0; i < 3; i++ {
		fmt.Println(config()["workers"], config()["retries"])
	}
	fmt.Println("computed", n, "times")

	// OnceValues caches a value and an error.
	parse := sync.OnceValues(func() (int, error) {
		fmt.Println("parsing")
		return strconv.Atoi("12x")
	})
	for i := 0; i < 2; i++ {
		v, err := parse()
		var ne *strconv.NumError
		fmt.Println(v, err, errors.As(err, &ne))
	}
	ok := sync.OnceValues(func() (string, bool) { return "v", true })
	fmt.Println(ok())

	// A panic in f is re-raised, with the same value, on every call.
	boom := sync.OnceFunc(func() {
		fmt.Println("boom runs")
		panic("boom")
	})
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			boom()
		}()
	}
	errValue := errors.New("bad value")
	bad := sync.OnceValue(func() int {
		panic(errValue)
	})
	for i := 0; i < 2; i++ {
		func() {
			defer func() {
				r := recover()
				fmt.Println("recovered:", r, r == errValue)
			}()
			fmt.Println(bad())
		}()
	}
	div := sync.OnceValues(func() (int, int) {
		z := 0
		return 1 / z, 0
	})
	for i := 0; i < 2; i++ {
		func() {
			defer func() {
				r := recover()
				_, isErr := r.(error)
				fmt.Println("recovered:", r, isErr)
			}()
			fmt.Println(div())
		}()
	}
}
