package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buf) Write(s string) int { b.data = append(b.data, s); return len(s) }

type Logged struct {
	ReadWriter
	log []string
}

func (l *Logged) Write(s string) int {
	l.log = append(l.log, "write "+s)
	return l.ReadWriter.Write(s)
}

func main() {
	var rw ReadWriter = &Buf{}
	rw.Write("a")
	rw.Write("bc")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	l := &Logged{ReadWriter: &Buf{}}
	var w Writer = l
	fmt.Println(w.Write("xyz"))
	fmt.Println(l.Read(), l.log)
}
