// Exercises the Go-source parts of the STDLIB packages (run by real Go for the golden and
// by the engine in tests/stdlib/engine.test.ts): slices, funcs, errors, Builder, Replacer.
package main

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	// strings: splitting and joining
	for _, s := range []string{"", "a", "a,b,,c", ",x,", "héllo, wörld", "a\xffb"} {
		fmt.Printf("%q %q %q %q %q\n", strings.Split(s, ","), strings.SplitN(s, ",", 2), strings.SplitAfter(s, ","), strings.SplitAfterN(s, ",", -1), strings.Split(s, ""))
		fmt.Printf("%q %q %d\n", strings.Fields(" "+s+"  \t"), strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == 'l' }), len(strings.Split(s, ",")))
	}
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ","), strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Println(strings.Split("abc", "")[1], len(strings.SplitN("abc", "", 0)), strings.SplitN("a,b,c", ",", 0) == nil)
	b, a, found := strings.Cut("k=v=w", "=")
	fmt.Println(b, a, found)
	b, a, found = strings.CutLast("k=v=w", "=")
	fmt.Println(b, a, found)
	after, ok := strings.CutPrefix("prefix-body", "prefix-")
	before, ok2 := strings.CutSuffix("body.go", ".txt")
	fmt.Println(after, ok, before, ok2)
	// funcs
	isVowel := func(r rune) bool { return strings.ContainsRune("aeioué", r) }
	fmt.Println(strings.IndexFunc("xyzé", isVowel), strings.LastIndexFunc("héllo", isVowel), strings.ContainsFunc("xyz", isVowel))
	fmt.Printf("%q %q %q\n", strings.TrimFunc("¡¡Hola!!", unicode.IsPunct), strings.TrimLeftFunc("123abc", unicode.IsDigit), strings.TrimRightFunc("abc123", unicode.IsDigit))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana ß é\xff"))
	// Builder
	var sb strings.Builder
	sb.Grow(10)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d:", i)
		sb.WriteRune('世')
		sb.WriteByte(' ')
	}
	n, err := sb.Write([]byte("end"))
	fmt.Println(sb.String(), sb.Len(), n, err)
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	// Replacer
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2").Replace("aaaa"), strings.NewReplacer("", "-").Replace("abc"), strings.NewReplacer("aaa", "3", "a", "1").Replace("aaaaa"))
	fmt.Println(strings.NewReplacer("a", "b", "a", "c").Replace("aa"), strings.NewReplacer("x", "", "", "+").Replace("xyx"))
	// strconv errors and Go-source wrappers
	for _, s := range []string{"42", "-7", "0x1f", "1_000", "abc", "9223372036854775808", ""} {
		i, err := strconv.ParseInt(s, 0, 64)
		u, err2 := strconv.ParseUint(s, 10, 8)
		fmt.Println(i, err, u, err2)
	}
	_, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1", 10, 65)
	fmt.Println(err)
	var ne *strconv.NumError
	_, err = strconv.Atoi("x1")
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == strconv.ErrSyntax)
	for _, s := range []string{"true", "T", "0", "no"} {
		v, err := strconv.ParseBool(s)
		fmt.Println(v, err)
	}
	fmt.Println(strconv.FormatBool(true), string(strconv.AppendBool([]byte("x="), false)))
	buf := strconv.AppendInt(nil, -42, 16)
	buf = strconv.AppendUint(buf, 42, 2)
	buf = strconv.AppendFloat(buf, 1.5, 'e', 3, 64)
	buf = strconv.AppendQuote(buf, "q\"")
	buf = strconv.AppendQuoteRune(buf, '☺')
	buf = strconv.AppendQuoteToASCII(buf, "☺")
	buf = strconv.AppendQuoteRuneToASCII(buf, '☺')
	fmt.Println(string(buf))
	for _, s := range []string{`"a\tb"`, "`raw`", `'x'`, `"bad`, `"\u263a"`} {
		u, err := strconv.Unquote(s)
		p, err2 := strconv.QuotedPrefix(s + " tail")
		fmt.Printf("%q %v %q %v\n", u, err, p, err2)
	}
	v, mb, tail, errc := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(v, mb, tail, errc)
	_, _, _, err = strconv.UnquoteChar(`\q`, '"')
	fmt.Println(err, strconv.IntSize)
	// utf8 []byte functions
	p := []byte("a€\xff𝄞")
	for len(p) > 0 {
		r, size := utf8.DecodeRune(p)
		lr, lsize := utf8.DecodeLastRune(p)
		fmt.Println(r, size, lr, lsize, utf8.FullRune(p), utf8.RuneCount(p), utf8.Valid(p), utf8.RuneStart(p[0]))
		p = p[size:]
	}
	eb := make([]byte, 4)
	fmt.Println(utf8.EncodeRune(eb, '€'), eb, utf8.AppendRune([]byte("x"), 0x1F600), utf8.AppendRune(nil, -1), utf8.RuneLen('€'))
	// unicode.To, math Frexp/Modf, bits wrappers
	fmt.Println(unicode.To(unicode.UpperCase, 'ǆ'), unicode.To(unicode.TitleCase, 'ǆ'), unicode.To(unicode.LowerCase, 'Ǆ'), unicode.To(7, 'a'))
	fr, ex := math.Frexp(-12.5)
	ip, fp := math.Modf(-3.75)
	fmt.Println(fr, ex, ip, fp, math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxUint32, math.MinInt64, math.MaxFloat32, math.SmallestNonzeroFloat64, math.E, math.Sqrt2, math.Log2E, math.Log10E)
	fmt.Println(bits.LeadingZeros(1), bits.TrailingZeros(8), bits.OnesCount(255), bits.Len(255), bits.Reverse8(1), bits.ReverseBytes16(0x1234), bits.RotateLeft(1, -1))
	hi, lo := bits.Mul(1<<40, 1<<40)
	q, rem := bits.Div(1, 0, 3)
	s, c := bits.Add(math.MaxUint64, 1, 0)
	d, bo := bits.Sub(0, 1, 0)
	fmt.Println(hi, lo, q, rem, s, c, d, bo, bits.Rem(5, 7, 3), bits.Rem32(1, 2, 5))
	for _, f := range []func(){
		func() { strings.Repeat("x", -1) },
		func() { strconv.FormatInt(1, 99) },
		func() { strconv.FormatUint(1, 1) },
		func() { strconv.FormatFloat(1, 'g', 2, 16) },
		func() { strconv.AppendFloat(nil, 1, 'g', 2, 0) },
		func() { bits.Div64(1, 0, 0) },
		func() { bits.Div64(5, 0, 3) },
		func() { strings.NewReplacer("a") },
		func() { var b strings.Builder; b.Grow(-1) },
	} {
		func() {
			defer func() {
				r := recover()
				_, isErr := r.(error)
				fmt.Printf("%T %v %v\n", r, r, isErr)
			}()
			f()
		}()
	}
	rd := strings.NewReader("héllo")
	fmt.Println(rd.Len(), rd.Size())
	ch, sz, rerr := rd.ReadRune()
	ch2, sz2, _ := rd.ReadRune()
	fmt.Println(ch, sz, rerr, ch2, sz2, rd.UnreadRune(), rd.UnreadRune(), rd.Len())
	bb, _ := rd.ReadByte()
	fmt.Println(bb, rd.UnreadByte(), rd.UnreadRune())
	rbuf := make([]byte, 3)
	for {
		k, e := rd.Read(rbuf)
		fmt.Println(k, e, rbuf[:k])
		if e != nil {
			break
		}
	}
	pos, serr := rd.Seek(-2, 2)
	fmt.Println(pos, serr, rd.Len())
	_, serr = rd.Seek(0, 7)
	fmt.Println(serr)
	_, serr = rd.Seek(-10, 1)
	fmt.Println(serr)
	k, e := rd.ReadAt(rbuf, 4)
	fmt.Println(k, e, rbuf[:k])
	_, e = rd.ReadAt(rbuf, -1)
	fmt.Println(e)
	rd.Reset("xy")
	fmt.Println(rd.Len(), rd.UnreadByte())
	var wb strings.Builder
	wn, werr := strings.NewReplacer("a", "b").WriteString(&wb, "banana")
	fmt.Println(wn, werr, wb.String())
	fmt.Println(strings.Title("hello wOrld-foo_bar ǆemal 3rd\xffx ünïcode"))
	fmt.Println(strings.Count("cheese", "e"), strings.Repeat("-", 10), strings.Compare("a", "b"), strings.Clone("c"), strings.ToValidUTF8("a\xff\xfeb", "?"))
}
