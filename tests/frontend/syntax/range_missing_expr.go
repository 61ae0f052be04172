package main

func main() {
	for x := range {
		_ = x
	}
}
