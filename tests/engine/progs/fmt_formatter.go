// fmt.Formatter and fmt.State: flags, width and precision reach Format; Formatter wins over
// GoStringer, error and Stringer; a panicking Format prints %!v(PANIC=Format method: ...).
package main

import (
	"errors"
	"fmt"
	"os"
)

type F struct{ n int }

func (x F) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	flags := ""
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			flags += string(c)
		}
	}
	fmt.Fprintf(f, "F%d[%c w=%d/%v p=%d/%v flags=%q]", x.n, verb, w, wok, p, pok, flags)
}

type All struct{}

func (All) Format(f fmt.State, verb rune) { f.Write([]byte("formatted")) }
func (All) String() string                { return "string" }
func (All) Error() string                 { return "error" }
func (All) GoString() string              { return "gostring" }

type Bad struct{}

func (Bad) Format(f fmt.State, verb rune) { panic(errors.New("boom")) }

type P struct{ x int }

func (p *P) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "P<%d>", p.x) }

func main() {
	fmt.Printf("%v|%d|%s|%x\n", F{1}, F{2}, F{3}, F{4})
	fmt.Printf("%-8.3v|%+#v|% 05d|%*.*q\n", F{5}, F{6}, F{7}, 4, 2, F{8})
	fmt.Println(F{9}, []F{{10}, {11}}, map[string]F{"k": {12}})
	fmt.Printf("%v %s %#v %q\n", All{}, All{}, All{}, All{})
	fmt.Printf("%v|%d\n", Bad{}, Bad{})
	fmt.Printf("%v %v\n", &P{13}, P{14})
	s := fmt.Sprint(F{15}, " ", All{})
	fmt.Println(len(s), s)
	fmt.Fprintln(os.Stderr, F{16})
	err := fmt.Errorf("wrapped: %w", All{})
	fmt.Println(err, errors.Unwrap(err) != nil)
	var x fmt.Formatter = F{17}
	_, isStringer := x.(fmt.Stringer)
	fmt.Println(isStringer)
}
