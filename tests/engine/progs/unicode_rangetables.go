// unicode's *RangeTable variables (every table of src/unicode/tables.go through the
// Categories, Scripts, Properties, FoldCategory and FoldScript maps), Is / In / IsOneOf,
// including tables built by the program (linear search of short tables).
package main

import (
	"fmt"
	"slices"
	"unicode"
)

func summary(t *unicode.RangeTable) string {
	sum := uint64(0)
	for _, r := range t.R16 {
		sum = sum*31 + uint64(r.Lo)*7 + uint64(r.Hi)*3 + uint64(r.Stride)
		sum %= 1_000_000_007
	}
	for _, r := range t.R32 {
		sum = sum*31 + uint64(r.Lo)*7 + uint64(r.Hi)*3 + uint64(r.Stride)
		sum %= 1_000_000_007
	}
	members := 0
	for r := rune(-3); r <= unicode.MaxRune+3; r += 173 {
		if unicode.Is(t, r) {
			members++
		}
	}
	return fmt.Sprintf("%d %d %d %d %d %v", len(t.R16), len(t.R32), t.LatinOffset, sum, members, t.R16 == nil)
}

func dump(name string, m map[string]*unicode.RangeTable) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println(name, len(keys))
	for _, k := range keys {
		fmt.Println(" ", k, summary(m[k]))
	}
}

func main() {
	dump("Categories", unicode.Categories)
	dump("Scripts", unicode.Scripts)
	dump("Properties", unicode.Properties)
	dump("FoldCategory", unicode.FoldCategory)
	dump("FoldScript", unicode.FoldScript)
	fmt.Println(unicode.Letter == unicode.L, unicode.Upper == unicode.Lu, unicode.Digit == unicode.Nd, unicode.Categories["Lu"] == unicode.Upper)
	for _, r := range "aZ5 _é世!\tΣж٣\u00a0\u2028😀" {
		fmt.Println(string(r), unicode.Is(unicode.Latin, r), unicode.In(r, unicode.Han, unicode.Greek, unicode.Cyrillic),
			unicode.IsOneOf([]*unicode.RangeTable{unicode.Nd, unicode.Zs}, r), unicode.Is(unicode.White_Space, r),
			unicode.In(r, unicode.GraphicRanges...), unicode.In(r, unicode.PrintRanges...), unicode.Is(unicode.Pattern_Syntax, r))
	}
	fmt.Println(unicode.In('x'), unicode.IsOneOf(nil, 'x'), unicode.CategoryAliases["Letter"], unicode.UpperLower)
	// A table built by the program: short tables are searched linearly, so an unsorted one
	// misses runes after a range that starts above them.
	odd := &unicode.RangeTable{R16: []unicode.Range16{{'z', 'z', 1}, {'a', 'e', 2}}}
	fmt.Println(unicode.Is(odd, 'z'), unicode.Is(odd, 'a'), unicode.Is(odd, 'c'))
	var big unicode.RangeTable
	for i := 0; i < 30; i++ {
		big.R16 = append(big.R16, unicode.Range16{Lo: uint16(0x400 + 10*i), Hi: uint16(0x404 + 10*i), Stride: 2})
	}
	big.R32 = []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}}
	fmt.Println(unicode.Is(&big, 0x40c), unicode.Is(&big, 0x40b), unicode.Is(&big, 0x10008), unicode.Is(&big, 0x10009), unicode.Is(&big, 0x500))
	defer func() { fmt.Println("recovered:", recover()) }()
	var none *unicode.RangeTable
	fmt.Println(unicode.Is(none, 'a'))
}
