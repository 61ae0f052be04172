// unicode RangeTables against go1.27's: membership of a sample of runes in every table the
// engine provides, the aliases, In and IsOneOf (stdlib/unicode.ts).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"C", unicode.C},
		{"Cc", unicode.Cc},
		{"Cf", unicode.Cf},
		{"Cn", unicode.Cn},
		{"Co", unicode.Co},
		{"Cs", unicode.Cs},
		{"L", unicode.L},
		{"LC", unicode.LC},
		{"Ll", unicode.Ll},
		{"Lm", unicode.Lm},
		{"Lo", unicode.Lo},
		{"Lt", unicode.Lt},
		{"Lu", unicode.Lu},
		{"M", unicode.M},
		{"Mc", unicode.Mc},
		{"Me", unicode.Me},
		{"Mn", unicode.Mn},
		{"N", unicode.N},
		{"Nd", unicode.Nd},
		{"Nl", unicode.Nl},
		{"No", unicode.No},
		{"P", unicode.P},
		{"Pc", unicode.Pc},
		{"Pd", unicode.Pd},
		{"Pe", unicode.Pe},
		{"Pf", unicode.Pf},
		{"Pi", unicode.Pi},
		{"Po", unicode.Po},
		{"Ps", unicode.Ps},
		{"S", unicode.S},
		{"Sc", unicode.Sc},
		{"Sk", unicode.Sk},
		{"Sm", unicode.Sm},
		{"So", unicode.So},
		{"Z", unicode.Z},
		{"Zl", unicode.Zl},
		{"Zp", unicode.Zp},
		{"Zs", unicode.Zs},
		{"Arabic", unicode.Arabic},
		{"Armenian", unicode.Armenian},
		{"Bengali", unicode.Bengali},
		{"Common", unicode.Common},
		{"Cyrillic", unicode.Cyrillic},
		{"Devanagari", unicode.Devanagari},
		{"Georgian", unicode.Georgian},
		{"Greek", unicode.Greek},
		{"Han", unicode.Han},
		{"Hangul", unicode.Hangul},
		{"Hebrew", unicode.Hebrew},
		{"Hiragana", unicode.Hiragana},
		{"Inherited", unicode.Inherited},
		{"Katakana", unicode.Katakana},
		{"Latin", unicode.Latin},
		{"Tamil", unicode.Tamil},
		{"Thai", unicode.Thai},
		{"White_Space", unicode.White_Space},
	}
	for _, e := range tables {
		n, sum := 0, 0
		for r := rune(0); r <= unicode.MaxRune; r += 89 {
			if unicode.Is(e.t, r) {
				n++
				sum = (sum*31 + int(r)) % 1000003
			}
		}
		fmt.Println(e.name, n, sum, unicode.Is(e.t, 'a'), unicode.Is(e.t, '世'))
	}
	fmt.Println(unicode.Letter == unicode.L, unicode.Digit == unicode.Nd, unicode.Upper == unicode.Lu, unicode.Space == unicode.Z)
	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Greek), unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.In('x'))
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Hiragana}, 'の'), unicode.Is(&unicode.RangeTable{}, 'a'))
}
