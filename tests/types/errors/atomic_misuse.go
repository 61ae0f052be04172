package main

import "sync/atomic"

func main() {
	var n int64
	atomic.AddInt32(&n, 1)
	var c atomic.Int64
	c.Add("1")
	c = 5
}
