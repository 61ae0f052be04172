package main

// One goroutine writes the map forever while main reads it forever.
// The reader notices the writer's flag and the runtime stops the program.
func main() {
	m := make(map[int]int)
	go func() {
		for i := 0; ; i++ {
			m[i%1024] = i
		}
	}()
	for i := 0; ; i++ {
		_ = m[i%1024]
	}
}
