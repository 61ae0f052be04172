// The standard library packages that depend on CORE's value representation: fmt (the
// print.go side; the formatting core is stdlib/fmtcore.ts), errors, io, os. Each is a
// StdlibModule (stdlib/module.ts): Go source written by us with Go's exported API, and
// natives for the body-less functions. Package errors follows go1.27 src/errors
// (errors.go, wrap.go, join.go); fmt.Errorf follows go1.27 src/fmt/errors.go.

import type { StdlibModule } from '../stdlib/module.ts';
import { Iface, Slice, store, type RType } from './values.ts';
import { implementsType } from './helpers.ts';
import { GoExit } from './panic.ts';
import { enterFmt, formatState, newPrinter, setFormatHook } from './print.ts';
import { cur } from './state.ts';

const errorsSource = `package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

func New(text string) error {
	return &errorString{text}
}

var ErrUnsupported = New("unsupported operation")

func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	isComparable := comparable(target)
	return is(err, target, isComparable)
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

func comparable(x any) bool

func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch asTargetCheck(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if asAssign(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

func asTargetCheck(target any) int

func asAssign(err error, target any) bool

func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{
		errs: make([]error, 0, n),
	}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := e.errs[0].Error()
	for _, err := range e.errs[1:] {
		b += "\\n" + err.Error()
	}
	return b
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
`;

function isComparableIface(x: Iface | null): boolean {
  return x === null || x.t.comparable;
}

export const errorsModule: StdlibModule = {
  path: 'errors',
  goSource: errorsSource,
  natives: {
    comparable: isComparableIface,
    asTargetCheck(target: Iface): number {
      if (target.t.kind !== 'ptr' || target.v === null) return 1;
      const e = target.t.elem!;
      if (e.kind !== 'interface' && !e.methods.has('Error')) return 2;
      return 0;
    },
    asAssign(err: Iface, target: Iface): boolean {
      const e = target.t.elem!;
      if (e.kind === 'interface') {
        if (!implementsType(err.t, e)) return false;
        store(e, target.v, err);
        return true;
      }
      if (err.t !== e) return false;
      store(e, target.v, err.v);
      return true;
    },
  },
};

const ioSource = `package io

import "errors"

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

var EOF = errors.New("EOF")

var ErrUnexpectedEOF = errors.New("unexpected EOF")
`;

export const ioModule: StdlibModule = { path: 'io', goSource: ioSource, natives: {} };

const osSource = `package os

type File struct {
	fd int
}

func (f *File) Write(b []byte) (n int, err error) {
	writeBytes(f.fd, b)
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	writeString(f.fd, s)
	return len(s), nil
}

var (
	Stdin  = &File{0}
	Stdout = &File{1}
	Stderr = &File{2}
)

var Args []string = runtimeArgs()

func Exit(code int)

func Getenv(key string) string {
	return ""
}

func runtimeArgs() []string

func writeBytes(fd int, b []byte)

func writeString(fd int, s string)
`;

export const osModule: StdlibModule = {
  path: 'os',
  goSource: osSource,
  natives: {
    Exit(code: number): never {
      throw new GoExit(code);
    },
    runtimeArgs(): Slice {
      const a = ['/tmp/go-build/exe/prog', ...cur().args];
      return new Slice(a, 0, a.length, a.length);
    },
    writeBytes(fd: number, b: Slice | null): void {
      if (b === null) return;
      let s = '';
      for (let i = 0; i < b.len; i++) s += String.fromCharCode(b.a[b.off + i] as number);
      cur().write(fd, s);
    },
    writeString(fd: number, s: string): void {
      cur().write(fd, s);
    },
  },
};

const fmtSource = `package fmt

import (
	"errors"
	"io"
	"strconv"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

// State and Formatter are print.go's: a Format method prints its operand itself, through
// the printer's State (flags, width, precision, and the output as an io.Writer).
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

// pp is the State a Format method receives: a handle on the engine's printer in progress
// (runtime/print.ts handleMethods keeps the printers; h indexes them).
type pp struct {
	h int
}

func (p *pp) Write(b []byte) (ret int, err error) {
	ppWrite(p.h, string(b))
	return len(b), nil
}

func (p *pp) WriteString(s string) (ret int, err error) {
	ppWrite(p.h, s)
	return len(s), nil
}

func (p *pp) Width() (wid int, ok bool) {
	return ppWidth(p.h)
}

func (p *pp) Precision() (prec int, ok bool) {
	return ppPrecision(p.h)
}

func (p *pp) Flag(b int) bool {
	return ppFlag(p.h, b)
}

func ppWrite(h int, s string)
func ppWidth(h int) (int, bool)
func ppPrecision(h int) (int, bool)
func ppFlag(h int, b int) bool
func setFormatHook(f func(arg any, h int, verb rune) bool)

func init() {
	// handleMethods asks this whether its operand is a Formatter (a type assertion, so the
	// method's signature must match) and, if so, lets it print itself.
	setFormatHook(func(arg any, h int, verb rune) bool {
		if f, ok := arg.(Formatter); ok {
			f.Format(&pp{h}, verb)
			return true
		}
		return false
	})
}

// FormatString returns the directive that state and verb represent, flags in the order
// " +-#0", then width and precision (print.go FormatString, go1.20).
func FormatString(state State, verb rune) string {
	s := "%"
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			s += string(c)
		}
	}
	if w, ok := state.Width(); ok {
		s += strconv.Itoa(w)
	}
	if p, ok := state.Precision(); ok {
		s += "." + strconv.Itoa(p)
	}
	return s + string(verb)
}

func Print(a ...any) (n int, err error)

func Println(a ...any) (n int, err error)

func Printf(format string, a ...any) (n int, err error)

func Sprint(a ...any) string

func Sprintln(a ...any) string

func Sprintf(format string, a ...any) string

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return fwrite(w, Sprint(a...))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return fwrite(w, Sprintln(a...))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return fwrite(w, Sprintf(format, a...))
}

func fwrite(w io.Writer, s string) (n int, err error) {
	if fd := fileFd(w); fd > 0 {
		writeFd(fd, s)
		return len(s), nil
	}
	return w.Write([]byte(s))
}

func fileFd(w io.Writer) int

func writeFd(fd int, s string)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

func errorf(format string, a []any) (string, []int)

func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	var err error
	switch len(wrapped) {
	case 0:
		err = errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		err = w
	default:
		var errs []error
		for i, argNum := range wrapped {
			if i > 0 && wrapped[i-1] == argNum {
				continue
			}
			if e, ok := a[argNum].(error); ok {
				errs = append(errs, e)
			}
		}
		err = &wrapErrors{s, errs}
	}
	return err
}
`;

function args(a: Slice | null): (Iface | null)[] {
  if (a === null) return [];
  return a.a.slice(a.off, a.off + a.len) as (Iface | null)[];
}

function sprint(a: Slice | null, entry = 'Sprint'): string {
  const p = newPrinter();
  const as = args(a);
  const saved = enterFmt({ entry, nargs: as.length, cap: a?.cap ?? 0, format: -1 });
  try {
    p.doPrint(as);
  } finally {
    enterFmt(saved);
  }
  return p.buf;
}
function sprintln(a: Slice | null, entry = 'Sprintln'): string {
  const p = newPrinter();
  const as = args(a);
  const saved = enterFmt({ entry, nargs: as.length, cap: a?.cap ?? 0, format: -1 });
  try {
    p.doPrintln(as);
  } finally {
    enterFmt(saved);
  }
  return p.buf;
}
function sprintf(format: string, a: Slice | null, entry = 'Sprintf'): string {
  const p = newPrinter();
  const as = args(a);
  const saved = enterFmt({ entry, nargs: as.length, cap: a?.cap ?? 0, format: format.length, simple: /^(?:[^%]|%%|%[a-z])*$/.test(format) });
  try {
    p.doPrintf(format, as);
  } finally {
    enterFmt(saved);
  }
  return p.buf;
}

function out(s: string): [number, null] {
  cur().write(1, s);
  return [s.length, null];
}

export const fmtModule: StdlibModule = {
  path: 'fmt',
  goSource: fmtSource,
  natives: {
    Print: (a: Slice | null) => out(sprint(a, 'Print')),
    Println: (a: Slice | null) => out(sprintln(a, 'Println')),
    Printf: (f: string, a: Slice | null) => out(sprintf(f, a, 'Printf')),
    Sprint: (a: Slice | null) => sprint(a),
    Sprintln: (a: Slice | null) => sprintln(a),
    Sprintf: (f: string, a: Slice | null) => sprintf(f, a),
    fileFd(w: Iface | null): number {
      if (w === null || w.t.str !== '*os.File' || w.v === null) return 0;
      return (w.v as { fd: number }).fd;
    },
    writeFd(fd: number, s: string): void {
      cur().write(fd, s);
    },
    ppWrite(h: number, s: string): void {
      formatState(h)?.writeString(s);
    },
    ppWidth(h: number): [number, boolean] {
      const f = formatState(h)?.fmt;
      return f === undefined ? [0, false] : [f.wid, f.widPresent];
    },
    ppPrecision(h: number): [number, boolean] {
      const f = formatState(h)?.fmt;
      return f === undefined ? [0, false] : [f.prec, f.precPresent];
    },
    ppFlag(h: number, b: number): boolean {
      const f = formatState(h)?.fmt;
      if (f === undefined) return false;
      switch (b) {
        case 45: return f.minus; // '-'
        case 43: return f.plus || f.plusV; // '+'
        case 35: return f.sharp || f.sharpV; // '#'
        case 32: return f.space; // ' '
        case 48: return f.zero; // '0'
        default: return false;
      }
    },
    setFormatHook,
    errorf(format: string, a: Slice | null): [string, Slice | null] {
      const p = newPrinter();
      p.wrapErrs = true;
      p.doPrintf(format, args(a));
      const w = [...p.wrappedErrs].sort((x, y) => x - y);
      return [p.buf, w.length === 0 ? null : new Slice(w, 0, w.length, w.length)];
    },
  },
};

export const corePackages: StdlibModule[] = [errorsModule, ioModule, osModule, fmtModule];

export type { RType };
