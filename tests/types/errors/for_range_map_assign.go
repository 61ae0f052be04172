package main

func main() {
	m := map[string]int{"a": 1}
	for k, v, w := range m {
	}
	for i := range m {
		i++
	}
	var arr [3]int
	for i, x := range &arr {
		_ = i
	}
}
