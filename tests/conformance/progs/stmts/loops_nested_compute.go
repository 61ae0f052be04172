package main

import "fmt"

func main() {
	const N = 50
	var sieve [N + 1]bool
	primes := []int{}
	for i := 2; i <= N; i++ {
		if sieve[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= N; j += i {
			sieve[j] = true
		}
	}
	fmt.Println(primes)
	var mat [4][4]int
	for i := range mat {
		for j := range mat[i] {
			mat[i][j] = i*4 + j
		}
	}
	tr := 0
	for i := range 4 {
		tr += mat[i][i]
	}
	fmt.Println(mat, tr)
	collatz := 0
	for n := 27; n != 1; collatz++ {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	fmt.Println(collatz)
}
