// Package strings, following go1.27 src/strings/{strings,builder,replace}.go.
// Byte-string natives do the searching and case work (JS indexOf on byte strings gives Go's
// byte offsets); functions returning slices or taking funcs, Builder and Replacer are Go
// source. Left out: Reader.WriteTo, the *Special functions and the iterator functions
// (Lines, SplitSeq, ...).

import type { StdlibModule } from './module.ts';
import { isSpace, simpleFold, toLower as runeToLower, toTitle as runeToTitle, toUpper as runeToUpper } from './unicode.ts';
import { RuneError, decodeLastRune, decodeRune, decoded, encodeRune, runeCount, validRune } from './utf8.ts';
import { chargeString, noteNewString } from '../runtime/memory.ts';

export function indexRune(s: string, r: number): number {
  if (r >= 0 && r < 0x80) return s.indexOf(String.fromCharCode(r));
  if (r === RuneError) {
    for (let i = 0; i < s.length; ) {
      const c = decodeRune(s, i);
      if (c === RuneError) return i;
      i += decoded.size;
    }
    return -1;
  }
  if (!validRune(r)) return -1;
  return s.indexOf(encodeRune(r));
}

export function count(s: string, substr: string): number {
  if (substr.length === 0) return runeCount(s) + 1;
  if (substr.length === 1) {
    const c = substr.charCodeAt(0);
    let n = 0;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === c) n++;
    return n;
  }
  let n = 0;
  for (let i = s.indexOf(substr); i >= 0; i = s.indexOf(substr, i + substr.length)) n++;
  return n;
}

export function indexAny(s: string, chars: string): number {
  if (chars === '') return -1;
  for (let i = 0; i < s.length; ) {
    const r = decodeRune(s, i);
    const w = decoded.size;
    if (indexRune(chars, r) >= 0) return i;
    i += w;
  }
  return -1;
}

export function lastIndexAny(s: string, chars: string): number {
  if (chars === '') return -1;
  for (let i = s.length; i > 0; ) {
    const r = decodeLastRune(s, i);
    i -= decoded.size;
    if (indexRune(chars, r) >= 0) return i;
  }
  return -1;
}

/**
 * strings.Repeat after its checks (in goSource): count >= 0 and no int overflow. The result
 * is charged to the memory account (Go allocates it with bytealg.MakeNoZero).
 */
export function repeat(s: string, n: number | bigint): string {
  chargeString(s.length * Number(n), 'repeat');
  return noteNewString(s.repeat(Number(n)));
}

export function replace(s: string, old: string, nw: string, n: number | bigint): string {
  if (old === nw || n === 0 || n === 0n) return s;
  const m = count(s, old);
  if (m === 0) return s;
  let k = Number(n);
  if (k < 0 || m < k) k = m;
  let out = '';
  let start = 0;
  for (let i = 0; i < k; i++) {
    let j = start;
    if (old.length === 0) {
      if (i > 0) {
        decodeRune(s, start);
        j += decoded.size;
      }
    } else {
      j = s.indexOf(old, start);
    }
    out += s.slice(start, j) + nw;
    start = j + old.length;
  }
  return out + s.slice(start);
}

function isASCII(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

function mapRunes(s: string, f: (r: number) => number): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += String.fromCharCode(f(c));
      i++;
      continue;
    }
    const r = decodeRune(s, i);
    i += decoded.size;
    out += encodeRune(f(r));
  }
  return out;
}

export function toUpper(s: string): string {
  if (isASCII(s)) {
    let hasLower = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        hasLower = true;
        break;
      }
    }
    return hasLower ? s.toUpperCase() : s;
  }
  return mapRunes(s, runeToUpper);
}

export function toLower(s: string): string {
  if (isASCII(s)) {
    let hasUpper = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 65 && c <= 90) {
        hasUpper = true;
        break;
      }
    }
    return hasUpper ? s.toLowerCase() : s;
  }
  return mapRunes(s, runeToLower);
}

export function toTitle(s: string): string {
  return mapRunes(s, runeToTitle);
}

function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) {
    decoded.size = 1;
    return c === 32 || (c >= 9 && c <= 13);
  }
  return isSpace(decodeRune(s, i));
}

export function trimSpace(s: string): string {
  let start = 0;
  while (start < s.length && isSpaceAt(s, start)) start += decoded.size;
  let stop = s.length;
  while (stop > start) {
    const c = s.charCodeAt(stop - 1);
    if (c < 0x80) {
      if (!(c === 32 || (c >= 9 && c <= 13))) break;
      stop--;
      continue;
    }
    const r = decodeLastRune(s, stop);
    if (!isSpace(r)) break;
    stop -= decoded.size;
  }
  return start === 0 && stop === s.length ? s : s.slice(start, stop);
}

function inCutset(cutset: string, s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) {
    decoded.size = 1;
    return cutset.indexOf(s[i]!) >= 0;
  }
  const r = decodeRune(s, i);
  const size = decoded.size;
  const found = indexRune(cutset, r) >= 0; // may clobber decoded.size
  decoded.size = size;
  return found;
}

export function trimLeft(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  let i = 0;
  while (i < s.length && inCutset(cutset, s, i)) i += decoded.size;
  return i === 0 ? s : s.slice(i);
}

export function trimRight(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  let stop = s.length;
  while (stop > 0) {
    const c = s.charCodeAt(stop - 1);
    if (c < 0x80) {
      if (cutset.indexOf(s[stop - 1]!) < 0) break;
      stop--;
      continue;
    }
    const r = decodeLastRune(s, stop);
    const size = decoded.size;
    if (indexRune(cutset, r) < 0) break;
    stop -= size;
  }
  return stop === s.length ? s : s.slice(0, stop);
}

export function trim(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  return trimRight(trimLeft(s, cutset), cutset);
}

// EqualFold from go1.27 strings.go: ASCII fast path, then SimpleFold orbits.
export function equalFold(s: string, t: string): boolean {
  let i = 0;
  let j = 0;
  while (i < s.length && j < t.length) {
    let sr: number;
    let tr: number;
    const sc = s.charCodeAt(i);
    if (sc < 0x80) {
      sr = sc;
      i++;
    } else {
      sr = decodeRune(s, i);
      i += decoded.size;
    }
    const tc = t.charCodeAt(j);
    if (tc < 0x80) {
      tr = tc;
      j++;
    } else {
      tr = decodeRune(t, j);
      j += decoded.size;
    }
    if (tr === sr) continue;
    if (tr < sr) {
      const x = tr;
      tr = sr;
      sr = x;
    }
    if (tr < 0x80) {
      if (65 <= sr && sr <= 90 && tr === sr + 32) continue;
      return false;
    }
    let r = simpleFold(sr);
    while (r !== sr && r < tr) r = simpleFold(r);
    if (r === tr) continue;
    return false;
  }
  return i === s.length && j === t.length;
}

export function toValidUTF8(s: string, replacement: string): string {
  let out = '';
  let invalid = false;
  let start = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      i++;
      invalid = false;
      continue;
    }
    const r = decodeRune(s, i);
    const w = decoded.size;
    if (r === RuneError && w === 1) {
      out += s.slice(start, i);
      if (!invalid) {
        invalid = true;
        out += replacement;
      }
      i++;
      start = i;
      continue;
    }
    invalid = false;
    i += w;
  }
  return start === 0 ? s : out + s.slice(start);
}

const goSource = `package strings

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

func Index(s, substr string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func IndexAny(s, chars string) int
func LastIndex(s, substr string) int
func LastIndexByte(s string, c byte) int
func LastIndexAny(s, chars string) int
func Contains(s, substr string) bool
func ContainsAny(s, chars string) bool
func ContainsRune(s string, r rune) bool
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Count(s, substr string) int
func Compare(a, b string) int
func EqualFold(s, t string) bool
func repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func ToUpper(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func ToValidUTF8(s, replacement string) string
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
func Clone(s string) string

func Repeat(s string, count int) string {
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if count > 0 && len(s) > (1<<63-1)/count {
		panic("strings: Repeat output length overflow")
	}
	return repeat(s, count)
}

func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func CutLast(s, sep string) (before, after string, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

func Fields(s string) []string {
	return FieldsFunc(s, unicode.IsSpace)
}

func FieldsFunc(s string, f func(rune) bool) []string {
	n := 0
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				n++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		n++
	}
	a := make([]string, n)
	n = 0
	start = -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				a[n] = s[start:i]
				n++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a[n] = s[start:]
	}
	return a
}

func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	s := elems[0]
	for _, e := range elems[1:] {
		s += sep + e
	}
	return s
}

func Map(mapping func(rune) rune, s string) string {
	var b []byte
	for _, c := range s {
		if r := mapping(c); r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9':
			return false
		case 'a' <= r && r <= 'z':
			return false
		case 'A' <= r && r <= 'Z':
			return false
		case r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title (deprecated in Go) maps the first letter of each word to title case; Map calls the
// closure once per rune, in order.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		if isSeparator(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}

func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

func TrimRightFunc(s string, f func(rune) bool) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		if !f(r) {
			break
		}
		i -= size
	}
	return s[:i]
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// A Builder is used to efficiently build a string using Write methods.
type Builder struct {
	buf []byte
}

func (b *Builder) String() string { return string(b.buf) }

func (b *Builder) Len() int { return len(b.buf) }

func (b *Builder) Cap() int { return cap(b.buf) }

func (b *Builder) Reset() { b.buf = nil }

func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(buf, b.buf)
		b.buf = buf
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

func (b *Builder) WriteRune(r rune) (int, error) {
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// Replacer replaces a list of strings with replacements: at each position the first
// old string (in argument order) that matches wins, as Go's genericReplacer does.
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	c := make([]string, len(oldnew))
	copy(c, oldnew)
	return &Replacer{c}
}

func (r *Replacer) Replace(s string) string {
	out := ""
	last := 0
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		val, keylen, match := "", 0, false
		for j := 0; j < len(r.oldnew); j += 2 {
			old := r.oldnew[j]
			if old == "" && prevMatchEmpty {
				continue
			}
			if HasPrefix(s[i:], old) {
				val, keylen, match = r.oldnew[j+1], len(old), true
				break
			}
		}
		prevMatchEmpty = match && keylen == 0
		if match {
			out += s[last:i] + val
			i += keylen
			last = i
			continue
		}
		i++
	}
	if last != len(s) {
		out += s[last:]
	}
	return out
}

func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return writeString(w, r.Replace(s))
}

func writeString(w io.Writer, s string) (n int, err error) {
	if sw, ok := w.(io.StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// A Reader reads from a string (io.Reader, io.ByteScanner, io.RuneScanner, io.Seeker, ...).
type Reader struct {
	s        string
	i        int64
	prevRune int
}

func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case 0:
		abs = offset
	case 1:
		abs = r.i + offset
	case 2:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }
`;

export const stringsModule: StdlibModule = {
  path: 'strings',
  goSource,
  natives: {
    Index: (s: string, substr: string) => s.indexOf(substr),
    IndexByte: (s: string, c: number) => s.indexOf(String.fromCharCode(c)),
    IndexRune: indexRune,
    IndexAny: indexAny,
    LastIndex: (s: string, substr: string) => s.lastIndexOf(substr),
    LastIndexByte: (s: string, c: number) => s.lastIndexOf(String.fromCharCode(c)),
    LastIndexAny: lastIndexAny,
    Contains: (s: string, substr: string) => s.includes(substr),
    ContainsAny: (s: string, chars: string) => indexAny(s, chars) >= 0,
    ContainsRune: (s: string, r: number) => indexRune(s, r) >= 0,
    HasPrefix: (s: string, prefix: string) => s.startsWith(prefix),
    HasSuffix: (s: string, suffix: string) => s.endsWith(suffix),
    Count: count,
    Compare: (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1),
    EqualFold: equalFold,
    repeat,
    Replace: replace,
    ReplaceAll: (s: string, old: string, nw: string) => replace(s, old, nw, -1),
    ToUpper: toUpper,
    ToLower: toLower,
    ToTitle: toTitle,
    ToValidUTF8: toValidUTF8,
    TrimSpace: trimSpace,
    Trim: trim,
    TrimLeft: trimLeft,
    TrimRight: trimRight,
    TrimPrefix: (s: string, prefix: string) => (s.startsWith(prefix) ? s.slice(prefix.length) : s),
    TrimSuffix: (s: string, suffix: string) => (s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s),
    Clone: (s: string) => s,
  },
};
