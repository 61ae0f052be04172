package main

// Two goroutines write the same map forever.
func main() {
	m := make(map[int]int)
	go func() {
		for i := 0; ; i++ {
			m[i%1024] = i
		}
	}()
	for i := 0; ; i++ {
		m[i%1024] = -i
	}
}
