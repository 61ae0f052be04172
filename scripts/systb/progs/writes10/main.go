// Ten goroutines write the same map forever: sometimes two of them detect the
// conflict and both print "fatal error: concurrent map writes".
package main

func writer(m map[int]int, base int) {
	for i := 0; ; i++ {
		m[base+i%10] = i
	}
}

func main() {
	m := make(map[int]int)
	for i := 0; i < 10; i++ {
		go writer(m, i*10)
	}
	select {}
}
