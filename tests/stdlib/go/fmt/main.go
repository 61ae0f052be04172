// Prints fmt golden cases: a table of operand values (V lines) and formatting results
// (S lines: function, format, operand indexes, result; byte data as hex).
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

var state uint64 = 0x2545F4914F6CDD1D

func next() uint64 {
	state += 0x9E3779B97F4A7C15
	z := state
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

var w = bufio.NewWriterSize(os.Stdout, 1<<20)

func h(s string) string { return hex.EncodeToString([]byte(s)) }

func main() {
	defer w.Flush()
	vals := []any{
		nil, true, false,
		0, 1, -1, 42, -42, 255, 1000000, math.MaxInt64, math.MinInt64, 9007199254740993,
		int8(-128), int8(127), int16(-300), int32(65), int32(0x1F600), int32(-5), int64(-7),
		uint(7), uint8(0), uint8(200), uint16(65535), uint32(0xD800), uint64(math.MaxUint64), uint64(1 << 63), uintptr(0xc000),
		0.0, math.Copysign(0, -1), 1.0, -1.5, 3.141592653589793, 1e6, 1e21, 1e-7, 123456.789, 2.25, 0.05, 0.5,
		math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, math.MaxFloat64, 100.0, 1.0 / 3,
		float32(0.1), float32(3.4e38), float32(1) / 3, float32(-2.5),
		"", "hello", "héllo, 世界", "\xff\xfe", "tab\there", "a\"b`c", "\u00ad\u200b\U0001F600", "\x00\x7f",
		[]byte(nil), []byte{}, []byte("hi"), []byte{0, 1, 0xff, 'A'}, []byte("héllo"),
	}
	for i := 0; i < 20; i++ {
		vals = append(vals, int64(next()), next()>>(next()%64), math.Float64frombits(next()), float32(math.Float32frombits(uint32(next()))))
	}
	for i, v := range vals {
		switch x := v.(type) {
		case nil:
			fmt.Fprintf(w, "V\t%d\tnil\t-\n", i)
		case float64:
			fmt.Fprintf(w, "V\t%d\tfloat64\t%016x\n", i, math.Float64bits(x))
		case float32:
			fmt.Fprintf(w, "V\t%d\tfloat32\t%08x\n", i, math.Float32bits(x))
		case string:
			fmt.Fprintf(w, "V\t%d\tstring\t%s\n", i, h(x))
		case []byte:
			if x == nil {
				fmt.Fprintf(w, "V\t%d\t[]uint8\tnil\n", i)
			} else {
				fmt.Fprintf(w, "V\t%d\t[]uint8\t=%s\n", i, h(string(x)))
			}
		default:
			fmt.Fprintf(w, "V\t%d\t%T\t%v\n", i, x, x)
		}
	}
	out := func(kind, format string, idx []int) {
		args := make([]any, len(idx))
		var ids []string
		for j, k := range idx {
			args[j] = vals[k]
			ids = append(ids, strconv.Itoa(k))
		}
		var r string
		switch kind {
		case "f":
			r = fmt.Sprintf(format, args...)
		case "p":
			r = fmt.Sprint(args...)
		case "l":
			r = fmt.Sprintln(args...)
		}
		fmt.Fprintf(w, "S\t%s\t%s\t%s\t%s\n", kind, h(format), strings.Join(ids, ","), h(r))
	}
	verbs := "vdboOxXcqUeEfFgGstTz"
	flags := []string{"", "+", "-", "#", " ", "0", "+#", "-0", "# ", "+0", " 0", "#0", "-#", "+ ", "- "}
	wps := []string{"", "5", ".2", "8.3", ".0", "12.5", "1", "20", ".10", "3.1", "08", "-6", ".", "25.17"}
	for i := range vals {
		for _, verb := range verbs {
			n := 4
			if verb == 'v' || verb == 'x' || verb == 'd' || verb == 'g' || verb == 'q' || verb == 's' {
				n = 8
			}
			out("f", "%"+string(verb), []int{i})
			for j := 0; j < n; j++ {
				f := flags[next()%uint64(len(flags))]
				wp := wps[next()%uint64(len(wps))]
				out("f", "["+"%"+f+wp+string(verb)+"]", []int{i})
			}
		}
		out("f", "%#v|%+v|%#x|% x|%# X|%#o|%#b|%#q|%+q|%#U|%#g|%#e|%#.0f|%#.3x", []int{i, i, i, i, i, i, i, i, i, i, i, i, i, i})
	}
	// directive parsing: argument indexes, stars, errors
	I := func(x int) int { // index of a value by its printed form (first int match)
		for k, v := range vals {
			if iv, ok := v.(int); ok && iv == x {
				return k
			}
		}
		panic(x)
	}
	S := func(x string) int {
		for k, v := range vals {
			if sv, ok := v.(string); ok && sv == x {
				return k
			}
		}
		panic(x)
	}
	fl := 0
	for k, v := range vals {
		if fv, ok := v.(float64); ok && fv == math.Pi {
			fl = k
		}
	}
	cases := []struct {
		f   string
		idx []int
	}{
		{"%[2]d %[1]d", []int{I(1), I(42)}},
		{"%[3]*.[2]*[1]f", []int{fl, I(1), I(42)}},
		{"%[1]d %d %d", []int{I(1), I(42), I(-1)}},
		{"%[5]d", []int{I(1)}},
		{"%[0]d", []int{I(1)}},
		{"%[x]d", []int{I(1)}},
		{"%[1]", []int{I(1)}},
		{"%[2]2d", []int{I(1), I(42)}},
		{"%[2].2d", []int{I(1), I(42)}},
		{"%[3]d %[-1]d", []int{I(1), I(42)}},
		{"%*d", []int{I(5 + 37), I(1)}},
		{"%-*d|", []int{I(42), I(1)}},
		{"%*d|", []int{I(-42), I(1)}},
		{"%.*f", []int{I(1), fl}},
		{"%.*f", []int{I(-1), fl}},
		{"%*d", []int{S("hello"), I(1)}},
		{"%.*d", []int{S("hello"), I(1)}},
		{"%*d", []int{I(1000000), I(1)}},
		{"%d %d", []int{I(1)}},
		{"%d", []int{I(1), I(42), S("hello")}},
		{"%d", []int{I(1), 0}},
		{"%", []int{}},
		{"abc%", []int{I(1)}},
		{"%-", []int{I(1)}},
		{"%.", []int{I(1)}},
		{"%!", []int{I(1)}},
		{"%é", []int{I(1)}},
		{"100%%", []int{}},
		{"%5%|%-5%|%05%", []int{}},
		{"%d %s", []int{S("hello"), I(1)}},
		{"%t", []int{I(1)}},
		{"%x", []int{0}},
		{"%v %d", []int{0, 0}},
		{"no verbs", []int{I(1), S("hello"), 0}},
		{"%w", []int{I(1)}},
		{"%[1]*d", []int{I(42)}},
		{"%0-5d|%-05d|", []int{I(42), I(42)}},
		{"%+-5d|%+05d|% 05d", []int{I(42), I(42), I(42)}},
		{"%.3s|%.10s|%5.2s|%-5.1s|", []int{S("héllo, 世界"), S("héllo, 世界"), S("héllo, 世界"), S("héllo, 世界")}},
		{"%6s|%-6s|%06s|", []int{S("héllo, 世界"), S("hello"), S("hello")}},
	}
	for _, c := range cases {
		out("f", c.f, c.idx)
	}
	// Sprint / Sprintln spacing
	for j := 0; j < 200; j++ {
		n := int(next()%4) + 1
		var idx []int
		for k := 0; k < n; k++ {
			idx = append(idx, int(next()%uint64(len(vals))))
		}
		out("p", "", idx)
		out("l", "", idx)
	}
}
