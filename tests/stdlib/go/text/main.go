// Prints unicode, unicode/utf8 and strings golden cases (byte data as hex).
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var state uint64 = 0x0DDB1A5E5BAD5EED

func next() uint64 {
	state += 0x9E3779B97F4A7C15
	z := state
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

var w = bufio.NewWriterSize(os.Stdout, 1<<20)

func h(s string) string { return hex.EncodeToString([]byte(s)) }

func b2s(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func main() {
	defer w.Flush()
	// unicode: runes sampled over the whole range (and out of range)
	var runes []rune
	for r := rune(-3); r < 0x3000; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x3000); r <= 0x110005; r += 13 {
		runes = append(runes, r)
	}
	preds := []struct {
		name string
		f    func(rune) bool
	}{
		{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber}, {"IsSpace", unicode.IsSpace},
		{"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower}, {"IsTitle", unicode.IsTitle}, {"IsPunct", unicode.IsPunct},
		{"IsControl", unicode.IsControl}, {"IsMark", unicode.IsMark}, {"IsSymbol", unicode.IsSymbol},
		{"IsGraphic", unicode.IsGraphic}, {"IsPrint", unicode.IsPrint}, {"ValidRune", utf8.ValidRune},
	}
	fmt.Fprintf(w, "R\t%d\t%d\t%d\n", -3, 0x3000, 13)
	for _, p := range preds {
		var sb strings.Builder
		for _, r := range runes {
			sb.WriteString(b2s(p.f(r)))
		}
		fmt.Fprintf(w, "P\t%s\t%s\n", p.name, sb.String())
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle}, {"SimpleFold", unicode.SimpleFold},
		{"RuneLen", func(r rune) rune { return rune(utf8.RuneLen(r)) }}}
	for _, m := range maps {
		var sb strings.Builder
		for i, r := range runes {
			if i > 0 {
				sb.WriteByte(',')
			}
			if d := m.f(r) - r; d != 0 {
				sb.WriteString(strconv.Itoa(int(d)))
			}
		}
		fmt.Fprintf(w, "M\t%s\t%s\n", m.name, sb.String())
	}
	// utf8 over tricky byte strings
	var strs []string
	bytesOf := []byte{0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x8f, 0x90}
	for _, a := range bytesOf {
		for _, b := range bytesOf {
			strs = append(strs, string([]byte{a, b}), string([]byte{a, b, 0x80}), string([]byte{a, b, 0xbf, 0x80}))
		}
	}
	strs = append(strs, "", "a", "héllo", "世界", "\U0001F600x", "\xed\xa0\x80", "\xef\xbf\xbd", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80")
	for i := 0; i < 300; i++ {
		n := int(next() % 9)
		bs := make([]byte, n)
		for j := range bs {
			bs[j] = byte(next())
		}
		strs = append(strs, string(bs))
	}
	for _, s := range strs {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		fmt.Fprintf(w, "U\t%s\t%d %d %d %d %s %s %d\n", h(s), r, n, lr, ln, b2s(utf8.FullRuneInString(s)), b2s(utf8.ValidString(s)), utf8.RuneCountInString(s))
	}
	// strings natives
	texts := []string{"", "a", "abc", "hello, world", "  \t spaced out \n ", "\u00a0\u2003x\u3000", "héllo wörld", "ΑΒΓ αβγ ς Σ",
		"İstanbul ıi", "ǅǆǄ ﬃ ß ẞ", "a\xffb\xfe", "\xff", "aaa", "abababa", "Go Go Go", "日本語日本", "K k \u212a", "xXxXx",
		"ǰ", "ⓐⓑ", "ͅΙι", "µΜμ", "ſSs"}
	seps := []string{"", "a", "b", "ab", "o", " ", "go", "Go", "日本", "\xff", "é", "xyz", "aa", "ς", "\ufffd"}
	for _, s := range texts {
		for _, t := range seps {
			fmt.Fprintf(w, "S\t%s\t%s\t%d %d %d %d %d %d %s %s %s %s %s %s %s %s %d %s\n", h(s), h(t),
				strings.Index(s, t), strings.LastIndex(s, t), strings.IndexAny(s, t), strings.LastIndexAny(s, t),
				strings.Count(s, t), strings.Compare(s, t),
				h(strings.Replace(s, t, "<>", -1)), h(strings.Replace(s, t, "#", 2)),
				h(strings.Trim(s, t)), h(strings.TrimLeft(s, t)), h(strings.TrimRight(s, t)),
				h(strings.TrimPrefix(s, t)), h(strings.TrimSuffix(s, t)), b2s(strings.EqualFold(s, t)),
				strings.IndexRune(s, []rune(t+"\x00")[0]), h(strings.ToValidUTF8(s, t)))
		}
		fmt.Fprintf(w, "T\t%s\t%s %s %s %s %s\n", h(s), h(strings.ToUpper(s)), h(strings.ToLower(s)), h(strings.ToTitle(s)), h(strings.TrimSpace(s)), h(strings.Repeat(s, 3)))
	}
	folds := [][2]string{{"Go", "GO"}, {"ǅ", "ǆ"}, {"ǅ", "Ǆ"}, {"K", "\u212a"}, {"k", "\u212a"}, {"ß", "ẞ"}, {"ß", "SS"}, {"σ", "ς"}, {"Σ", "ς"},
		{"µ", "Μ"}, {"µ", "μ"}, {"ſ", "S"}, {"ſ", "s"}, {"\xff", "\xfe"}, {"\xff", "\ufffd"}, {"a", "ab"}, {"İ", "i"}, {"ı", "I"}, {"ͅ", "Ι"}, {"ͅ", "ι"}}
	for _, f := range folds {
		fmt.Fprintf(w, "F\t%s\t%s\t%s\n", h(f[0]), h(f[1]), b2s(strings.EqualFold(f[0], f[1])))
	}
}
