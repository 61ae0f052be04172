package main

func get[M interface{ map[string]int | map[string]int }](m M, k string) int { return m[k] }

func one[T interface{ ~int | int | ~string | string8 }](t T) T { return t }

type string8 string

func main() {
	_ = get(map[string]int{}, "a")
}
