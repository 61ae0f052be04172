// Prints strconv golden cases (one per line, tab-separated fields, inputs as hex where they
// may hold arbitrary bytes). Deterministic: a splitmix64 generator seeds every table.
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

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state += 0x9E3779B97F4A7C15
	z := state
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

var w = bufio.NewWriterSize(os.Stdout, 1<<20)

func errStr(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

type combo struct {
	fmt  byte
	prec int
	bits int
}

func floats() []float64 {
	var vs []float64
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 0.05, 0.25, 2.25, 2.5, 3.5, 0.125, 1e21, 1e20, 1e22, 1e23,
		123456789, 1.5e-7, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32,
		math.SmallestNonzeroFloat32, math.Inf(1), math.Inf(-1), math.NaN(), 100, 1e6, 1e-4, 1e-5, 123.456,
		0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, math.Pi, math.E, 9.995, 9.9999, 99.5, 0.95, 0.045, 1.005, 1 << 53, 1<<53 + 2,
		float64(1<<62) * 3, 2.2250738585072014e-308, 2.225073858507201e-308, 4.9406564584124654e-324}
	vs = append(vs, specials...)
	for i := 0; i < 400; i++ { // arbitrary bit patterns
		vs = append(vs, math.Float64frombits(next()))
	}
	for i := 0; i < 400; i++ { // moderate magnitudes
		b := next()
		e := int(b%80) - 40
		m := float64(next()>>11) / (1 << 53)
		vs = append(vs, math.Ldexp(m+0.5, e)*float64(1-2*int(b>>63)))
	}
	for i := 0; i < 300; i++ { // short decimals and exact halves (rounding ties)
		b := next()
		k := int64(b % 200000)
		switch i % 4 {
		case 0:
			vs = append(vs, float64(k)/100)
		case 1:
			vs = append(vs, float64(k)/8)
		case 2:
			vs = append(vs, float64(k)/1024)
		default:
			vs = append(vs, float64(k)*1e5+0.5)
		}
	}
	for i := 0; i < 100; i++ { // float32 values
		vs = append(vs, float64(math.Float32frombits(uint32(next()))))
	}
	return vs
}

func main() {
	defer w.Flush()
	var combos []combo
	for _, p := range []int{-1, 0, 1, 2, 3, 6, 10, 16, 17, 25} {
		combos = append(combos, combo{'e', p, 64}, combo{'g', p, 64})
	}
	for _, p := range []int{-1, 0, 1, 2, 3, 6, 10, 20} {
		combos = append(combos, combo{'f', p, 64})
	}
	for _, p := range []int{-1, 0, 1, 5, 13, 14, 15, 20} {
		combos = append(combos, combo{'x', p, 64})
	}
	combos = append(combos, combo{'b', -1, 64}, combo{'E', 4, 64}, combo{'G', 4, 64}, combo{'X', 3, 64}, combo{'G', -1, 64}, combo{'E', -1, 64})
	for _, p := range []int{-1, 0, 3, 8} {
		combos = append(combos, combo{'e', p, 32}, combo{'g', p, 32}, combo{'f', p, 32}, combo{'x', p, 32})
	}
	combos = append(combos, combo{'b', -1, 32})
	fmt.Fprint(w, "C")
	for _, c := range combos {
		fmt.Fprintf(w, "\t%c%d/%d", c.fmt, c.prec, c.bits)
	}
	fmt.Fprintln(w)
	for _, v := range floats() {
		fmt.Fprintf(w, "F\t%016x", math.Float64bits(v))
		a := math.Abs(v)
		for _, c := range combos {
			if c.fmt == 'f' && (a > 1e30 || (a < 1e-30 && a != 0)) {
				fmt.Fprint(w, "\t-")
				continue
			}
			fmt.Fprintf(w, "\t%s", strconv.FormatFloat(v, c.fmt, c.prec, c.bits))
		}
		fmt.Fprintln(w)
	}

	// ParseFloat
	var inputs []string
	inputs = append(inputs, "", "0", "-0", "+0", "1", "-1", "1.5", ".5", "5.", ".", "-.", "e5", "1e", "1e+", "1e-5", "1E5",
		"1_000", "1__000", "_1000", "1000_", "0x1p-2", "0x1.8p1", "0X1P+2", "0x1", "0x1p", "0x_1p0", "0x1_0p0", "0x.8p1",
		"0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x1p1024",
		"0x1.000001p0", "0x1.0000011p0", "0x123456789abcdef0123p0", "inf", "Inf", "+Inf", "-inf", "infinity", "-Infinity",
		"infin", "nan", "NaN", "+nan", "-nan", "NAN", "nanx", "1e308", "1e309", "-1e309", "1.7976931348623157e308",
		"1.7976931348623158e308", "1.7976931348623159e308", "4.9e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "1e-400", "-1e-400", "123456789012345678901234567890", "0.000000000000000000000000001",
		"3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38", "1.401298464324817e-45",
		"7.006492321624085e-46", "7.006492321624086e-46", "1e39", "1e-50", "0.1", "0.2", "0.3", "1.00000005960464477539062",
		"1.000000059604644775390625", "1.000000059604644775390626", "1.000000178813934326171875", "1e10000000000",
		"1e-10000000000", "00000001", "1x", "1.5.5", "--1", "1e1_0", "1_e10", "0.1_2", "1e_1", " 1", "1 ")
	for i := 0; i < 300; i++ {
		f := math.Float32frombits(uint32(next()) & 0x7fffffff)
		if math.IsInf(float64(f), 0) || math.IsNaN(float64(f)) {
			continue
		}
		g := math.Nextafter32(f, float32(math.Inf(1)))
		mid := (float64(f) + float64(g)) / 2
		exact := strings.TrimRight(strconv.FormatFloat(mid, 'f', 1100, 64), "0")
		inputs = append(inputs, exact, exact+"1", strconv.FormatFloat(mid, 'e', 30, 64))
		if strings.HasSuffix(exact, "5") {
			inputs = append(inputs, exact[:len(exact)-1]+"4999")
		}
	}
	for i := 0; i < 300; i++ {
		v := math.Float64frombits(next())
		if math.IsInf(v, 0) || math.IsNaN(v) {
			continue
		}
		inputs = append(inputs, strconv.FormatFloat(v, 'e', -1, 64), strconv.FormatFloat(v, 'e', 25, 64), strconv.FormatFloat(v, 'x', -1, 64))
	}
	for _, s := range inputs {
		for _, bs := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, bs)
			fmt.Fprintf(w, "P\t%s\t%d\t%016x\t%s\n", hex.EncodeToString([]byte(s)), bs, math.Float64bits(v), errStr(err))
		}
	}

	// ParseInt / ParseUint / Atoi
	ints := []string{"", "0", "-0", "+0", "1", "-1", "+", "-", "123", "-123", "0x1f", "0X1F", "0b101", "0o17", "017", "0_1",
		"1_000", "0x_1f", "0x1__f", "_1", "1_", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551615", "18446744073709551616", "99999999999999999999x", "x9", "12a",
		"zz", "ZZ", "1z", "9007199254740991", "9007199254740992", "-9007199254740993", "4294967295", "4294967296",
		"2147483647", "2147483648", "-2147483648", "-2147483649", "127", "128", "-128", "-129", "255", "256", "0x", "0b",
		"0o", "00", "08", "0x8000000000000000", "-0x8000000000000000", "0xffffffffffffffff", "1e5", " 1", "١"}
	for i := 0; i < 100; i++ {
		ints = append(ints, strconv.FormatInt(int64(next()), 10), strconv.FormatUint(next()>>(next()%64), 10))
	}
	for i, s := range ints {
		bases, sizes := []int{0, 10, 16, 2, 36, 1, 37}, []int{0, 64, 32, 8, 53, 65}
		if i >= 59 {
			bases, sizes = []int{0, 16}, []int{0, 32}
		}
		for _, base := range bases {
			for _, bs := range sizes {
				v, err := strconv.ParseInt(s, base, bs)
				fmt.Fprintf(w, "I\t%s\t%d\t%d\t%d\t%s\n", hex.EncodeToString([]byte(s)), base, bs, v, errStr(err))
				u, err := strconv.ParseUint(s, base, bs)
				fmt.Fprintf(w, "U\t%s\t%d\t%d\t%d\t%s\n", hex.EncodeToString([]byte(s)), base, bs, u, errStr(err))
			}
		}
		v, err := strconv.Atoi(s)
		fmt.Fprintf(w, "A\t%s\t%d\t%s\n", hex.EncodeToString([]byte(s)), v, errStr(err))
	}

	// FormatInt / FormatUint
	for i := 0; i < 300; i++ {
		x := next() >> (next() % 64)
		for _, base := range []int{2, 8, 10, 16, 36} {
			fmt.Fprintf(w, "N\t%d\t%d\t%s\t%s\n", x, base, strconv.FormatUint(x, base), strconv.FormatInt(int64(x), base))
		}
	}

	// Quote: runes sampled over the whole range, 16 per string
	var runes []rune
	for r := rune(0); r < 0x800; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x800); r < 0x10000; r += 7 {
		runes = append(runes, r)
	}
	for r := rune(0x10000); r <= 0x10ffff; r += 101 {
		runes = append(runes, r)
	}
	runes = append(runes, 0xfeff, 0xfffd, 0x10ffff, 0xd800, 0xdfff, -1, 0x110000, 0x7fffffff)
	for i := 0; i < len(runes); i += 16 {
		end := min(i+16, len(runes))
		s := string(runes[i:end])
		fmt.Fprintf(w, "Q\t%s\t%s\t%s\t%s\t%v\n", hex.EncodeToString([]byte(s)), strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range runes {
		if r%3 == 0 || r < 0x100 {
			fmt.Fprintf(w, "R\t%d\t%s\t%s\t%s\t%v\t%v\n", r, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
		}
	}
	bad := []string{"\xff", "a\xffb", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "\xe2\x82\xac", "`", "a`b", "\t", "\ufeff", "\x7f", "\"\\'"}
	for _, s := range bad {
		fmt.Fprintf(w, "Q\t%s\t%s\t%s\t%s\t%v\n", hex.EncodeToString([]byte(s)), strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	unq := []string{`""`, `"a"`, `"abc\n"`, `'a'`, `'ab'`, `''`, "`a\\nb`", "`a\rb`", `"\x41\101\u00e9\U0001F600"`, `"\z"`, `"\400"`,
		`"\377"`, `'\''`, `"\'"`, `'\"'`, `"\""`, `"a`, `a"`, `"\ud800"`, `"\U00110000"`, `"é"`, `'é'`, "'\xff'", "\"\xff\"",
		`"\xff"`, "\"a\nb\"", `"\a\b\f\r\t\v\\"`, `'\x'`, `"\u12"`, "`abc", "``", `x`, ``, `"`, `"abc"d`, `'\u00e9'`}
	for _, s := range unq {
		out, err := strconv.Unquote(s)
		pre, err2 := strconv.QuotedPrefix(s + "rest")
		fmt.Fprintf(w, "V\t%s\t%s\t%s\t%s\t%s\n", hex.EncodeToString([]byte(s)), hex.EncodeToString([]byte(out)), errStr(err), hex.EncodeToString([]byte(pre)), errStr(err2))
	}
	for _, b := range []string{"true", "True", "TRUE", "t", "T", "1", "false", "f", "0", "F", "False", "FALSE", "yes", "", "tRUE"} {
		v, err := strconv.ParseBool(b)
		fmt.Fprintf(w, "B\t%s\t%v\t%s\n", hex.EncodeToString([]byte(b)), v, errStr(err))
	}
}
