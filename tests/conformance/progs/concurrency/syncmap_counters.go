package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	// The zero Map is ready to use.
	var m sync.Map
	v, ok := m.Load("missing")
	fmt.Println(v, ok)

	// Counters incremented by many goroutines with LoadOrStore + CompareAndSwap.
	var wg sync.WaitGroup
	words := []string{"go", "map", "lab", "go", "map", "go"}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, w := range words {
				for {
					old, loaded := m.LoadOrStore(w, 1)
					if !loaded {
						break
					}
					if m.CompareAndSwap(w, old, old.(int)+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	for _, k := range keys {
		v, _ := m.Load(k)
		fmt.Println(k, v)
	}

	// Range stops when f returns false.
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return false
	})
	fmt.Println("visited", n)

	// Swap, LoadAndDelete, CompareAndDelete, Delete.
	prev, loaded := m.Swap("go", 100)
	fmt.Println("swap", prev, loaded)
	prev, loaded = m.Swap("new", 1)
	fmt.Println("swap", prev, loaded)
	fmt.Println(m.CompareAndSwap("go", 99, 0), m.CompareAndSwap("nope", nil, 1))
	fmt.Println(m.CompareAndDelete("map", 1), m.CompareAndDelete("map", 16))
	v, loaded = m.LoadAndDelete("lab")
	fmt.Println("loadanddelete", v, loaded)
	v, loaded = m.LoadAndDelete("lab")
	fmt.Println("loadanddelete", v, loaded)
	m.Delete("new")
	m.Delete("never there")
	actual, loaded := m.LoadOrStore("go", -1)
	fmt.Println("loadorstore", actual, loaded)

	// nil values are values.
	m.Store("nil", nil)
	v, ok = m.Load("nil")
	fmt.Println("nil value", v, ok, m.CompareAndSwap("nil", nil, "x"))
	v, _ = m.Load("nil")
	fmt.Println(v)

	// Keys of different dynamic types are different keys.
	m.Store(1, "int")
	m.Store(int64(1), "int64")
	m.Store([2]int{1, 2}, "array")
	a, _ := m.Load(1)
	b, _ := m.Load(int64(1))
	c, _ := m.Load([2]int{1, 2})
	fmt.Println(a, b, c)

	count := func() int {
		n := 0
		m.Range(func(any, any) bool { n++; return true })
		return n
	}
	fmt.Println("entries", count())
	m.Clear()
	fmt.Println("after clear", count())
	m.Store("again", true)
	fmt.Println("after store", count())

	// Range may delete while it iterates; each key is visited once.
	for i := 0; i < 10; i++ {
		m.Store(i, i*i)
	}
	seen := 0
	m.Range(func(k, v any) bool {
		seen++
		m.Delete(k)
		return true
	})
	fmt.Println("seen", seen, "left", count())

	// Comparing with a value of the same uncomparable type panics; other types do not.
	m.Store("slice", []int{1})
	try := func(name string, f func()) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(name, "panic:", r)
			}
		}()
		f()
		fmt.Println(name, "ok")
	}
	try("cas int", func() { fmt.Println(m.CompareAndSwap("slice", 1, 2)) })
	try("cas slice", func() { fmt.Println(m.CompareAndSwap("slice", []int{1}, 2)) })
	try("cad slice", func() { fmt.Println(m.CompareAndDelete("slice", []int{1})) })
	try("cas missing", func() { fmt.Println(m.CompareAndSwap("missing", []int{1}, 2)) })
	try("store unhashable", func() { m.Store([]int{1}, 1) })
	try("load unhashable", func() { m.Load(map[int]int{}) })
	try("delete unhashable", func() { m.Delete(func() {}) })
}
