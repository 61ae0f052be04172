// Map language semantics: nil maps, comma-ok, delete during range, struct and interface
// keys, NaN keys, len, clear; output order through fmt (sorted) or sums.
package main

import (
	"fmt"
	"math"
)

type key struct {
	a int
	b string
}

func main() {
	var nm map[string]int
	v, ok := nm["x"]
	fmt.Println(v, ok, len(nm))
	delete(nm, "x")
	m := map[key][]int{}
	m[key{1, "a"}] = append(m[key{1, "a"}], 1)
	m[key{1, "a"}] = append(m[key{1, "a"}], 2)
	m[key{2, "b"}] = nil
	fmt.Println(m, len(m))
	counts := map[int]int{}
	for i := 0; i < 100; i++ {
		counts[i%10] += i
	}
	deleted := 0
	for k := range counts {
		if k%2 == 0 {
			delete(counts, k)
			deleted++
		}
	}
	fmt.Println(len(counts), deleted, counts)
	im := map[any]string{1: "int", "1": "string", 1.5: "float", true: "bool", key{1, "x"}: "struct"}
	fmt.Println(len(im), im[1], im["1"], im[key{1, "x"}])
	f := map[float64]int{}
	f[math.NaN()] = 1
	f[math.NaN()] = 2
	f[0.0] = 3
	f[math.Copysign(0, -1)] = 4
	fmt.Println(len(f), f[0])
	clear(f)
	fmt.Println(len(f))
	sum := 0
	big := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		big[i] = i * i
	}
	for k, v := range big {
		sum += k + v
	}
	fmt.Println(len(big), sum)
}
