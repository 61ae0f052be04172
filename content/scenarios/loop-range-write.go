package main

// main ranges over the map forever while another goroutine writes it.
func main() {
	m := make(map[int]int)
	for i := 0; i < 64; i++ {
		m[i] = i
	}
	go func() {
		for i := 0; ; i++ {
			m[i%1024] = i
		}
	}()
	for {
		for k, v := range m {
			_, _ = k, v
		}
	}
}
