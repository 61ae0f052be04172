// fmt.Formatter, fmt.State and fmt.FormatString; handleMethods' precedence (Formatter,
// then GoStringer for %#v, then error, then Stringer) and methods whose signature does not
// make the type a Stringer.
package main

import (
	"errors"
	"fmt"
	"os"
)

type F struct{ n int }

func (f F) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "F%d<%s|%c w=%d,%v p=%d,%v", f.n, fmt.FormatString(s, verb), verb, w, wok, p, pok)
	for _, c := range "+-# 0" {
		if s.Flag(int(c)) {
			fmt.Fprintf(s, " %c", c)
		}
	}
	s.Write([]byte(">"))
}

type All struct{}

func (All) Format(s fmt.State, verb rune) { fmt.Fprint(s, "format") }
func (All) GoString() string              { return "gostring" }
func (All) Error() string                 { return "error" }
func (All) String() string                { return "string" }

type GS struct{ a, b int }

func (GS) GoString() string { return "GS!" }

type PtrF struct{ v string }

func (p *PtrF) Format(s fmt.State, verb rune) {
	if p == nil {
		panic("nil PtrF")
	}
	fmt.Fprintf(s, "[%s]", p.v)
}

type Panicky struct{}

func (Panicky) Format(s fmt.State, verb rune) { panic(errors.New("boom")) }

type NotStringer struct{ x int }

func (NotStringer) String() int { return 42 }

type NotFormatter struct{}

func (NotFormatter) Format(s string) {}

type Nested struct{ f F }

type Pub struct {
	F  F
	GS GS
}

type Err struct{}

func (*Err) Error() string { return "err!" }

func main() {
	fmt.Printf("%v|%d|%+v|%#v|%s|%x|%q\n", F{1}, F{2}, F{3}, F{4}, F{5}, F{6}, F{7})
	fmt.Printf("%8.3v|%-5d|% x|%08.2f|%+#v|%.0s|%*d\n", F{1}, F{2}, F{3}, F{4}, F{5}, F{6}, 4, F{7})
	fmt.Println(F{8}, []F{{9}, {10}}, map[string]F{"k": {11}})
	fmt.Printf("%v %+v\n", Nested{F{12}}, Pub{F{13}, GS{1, 2}})
	fmt.Printf("%v %s %#v %d\n", All{}, All{}, All{}, All{})
	fmt.Printf("%v %#v %+v %#v\n", GS{1, 2}, GS{1, 2}, []GS{{3, 4}}, []GS{{3, 4}})
	fmt.Printf("%v %v\n", &PtrF{"p"}, PtrF{"by value"})
	var np *PtrF
	fmt.Printf("%v %s\n", np, np)
	fmt.Printf("%v|%d\n", Panicky{}, Panicky{})
	fmt.Printf("%v %d\n", NotStringer{1}, NotStringer{2})
	fmt.Printf("%v\n", NotFormatter{})
	var e error = &Err{}
	fmt.Printf("%v %s %q %x\n", e, e, e, e)
	fmt.Println(fmt.Sprintf("%w", e), fmt.Errorf("wrap: %w", e))
	fmt.Fprintf(os.Stdout, "%v %6v!\n", F{14}, All{})
	s := fmt.Sprint(F{15}, "x", F{16})
	fmt.Println(s, len(s))
	var _ fmt.Formatter = F{}
	var _ fmt.State = nil
	var _ fmt.GoStringer = GS{}
}
