package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("%d|%x|%+d|%08b\n", -42, -42, -42, 5)
	fmt.Printf("%c|%q|%U|%#U\n", 65, 65, 0x1F600, 0x1F600)
	fmt.Printf("%x|%X\n", uint64(1<<63), int64(-1))
	fmt.Printf("%6.3d|%-8x|%#8x|%x\n", 7, 255, 255, int8(-1))
	fmt.Printf("%d %d %d\n", int8(-128), uint16(65535), uint64(18446744073709551615))
	fmt.Printf("%v %v\n", int32(-5), uint8(200))
	fmt.Printf("%3c|%-3c|\n", 'x', 'y')
}
