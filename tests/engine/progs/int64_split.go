// 64-bit integer locals that the compiler splits into two int32 words
// (compile/int64pair.ts): every operator, signed and unsigned, constant and variable
// shifts, conversions in and out, assignment operations and ++/--, in a plain
// function and in a goroutine.
package main

import "fmt"

func mixU(a, b uint64, s uint) uint64 {
	x := a ^ b
	x += a * b
	x -= b << 3
	x ^= x >> s
	x ^= x << (s % 7)
	x = ^x + (a &^ b) | (b & 0xff00)
	x *= 0x9E3779B97F4A7C15
	x = x>>0 ^ x<<1 ^ x>>31 ^ x<<32 ^ x>>33 ^ x<<63 ^ x>>64 ^ x<<64
	x = -x
	x--
	if a%5 == 0 {
		x /= 7
		x %= 1000003
	}
	x |= uint64(uint32(a>>7)) << 16
	return x
}

func mixS(a, b int64, s uint) int64 {
	y := a ^ b
	y = y*-7 + (a >> 3) - (b << 5)
	y ^= y >> s
	y ^= y << (s % 9)
	y = y>>0 ^ y>>1 ^ y>>31 ^ y>>32 ^ y>>33 ^ y>>63 ^ y>>64 ^ y<<32
	y = -y
	y -= a >> 63
	y++
	y &^= b & 0x0f0f
	y += int64(int32(b)) + int64(int8(a)) + int64(uint16(b))
	if b%3 == 0 {
		y /= -3
		y %= 98765
	}
	return y
}

func hashInt(s string) int {
	h := 0
	for i := 0; i < len(s); i++ {
		h = h*31 + int(s[i])
		h ^= h >> 17
	}
	return h
}

func narrow(a uint64) (uint32, int8, uint16, int32) {
	x := a * 6364136223846793005
	x += 1442695040888963407
	return uint32(x >> 32), int8(x), uint16(x >> 8), int32(x ^ x>>29)
}

func worker(seed uint64, out chan<- uint64) {
	var st uint64 = seed
	for i := 0; i < 1000; i++ {
		st ^= st << 13
		st ^= st >> 7
		st ^= st << 17
	}
	out <- st
}

func main() {
	var a uint64 = 88172645463325252
	var sa int64 = -4611686018427387903
	var accU uint64
	var accS int64
	for i := 0; i < 2000; i++ {
		a ^= a << 13
		a ^= a >> 7
		a ^= a << 17
		b := a*2862933555777941757 + 3037000493
		s := uint(a>>58) + uint(i%9)
		u := mixU(a, b, s)
		v := mixS(int64(a), int64(b)+sa, s)
		sa ^= v << 1
		accU = accU*31 + u
		accS = accS*-31 + v
		if i < 6 || i%400 == 0 {
			fmt.Println(i, a, b, s, u, v)
		}
	}
	fmt.Println("acc", accU, accS, sa)
	fmt.Println(hashInt("concurrent map writes"), hashInt(""), hashInt("\xff\xfe"))
	fmt.Println(narrow(1))
	fmt.Println(narrow(1 << 63))
	fmt.Println(narrow(0xdeadbeefcafebabe))
	var m int64 = -9223372036854775808
	m2 := m ^ 0
	m2--
	m3 := m2 ^ 1
	m3++
	fmt.Println(m2, m3, -m, m*-1, m/-1)
	var k uint = 1
	k2 := k << 63
	k2 |= k2 >> 1
	fmt.Println(k2, k2+k2, k2*3, k2>>62, int(k2>>1))
	z := uint64(7) * 0x100000001
	for j := 0; j < 5; z ^= z << 9 {
		j++
		switch j % 2 {
		case 0:
			w := z * 0xff51afd7ed558ccd
			w ^= w >> 33
			fmt.Println("even", j, w)
		default:
			fmt.Println("odd", j, z)
		}
	}
	out := make(chan uint64)
	go worker(1, out)
	go worker(2, out)
	r1, r2 := <-out, <-out
	fmt.Println(r1^r2, r1+r2)
}
