// Package unicode/utf8, following go1.27 src/unicode/utf8/utf8.go.
// Strings are byte strings (one char code 0..255 per UTF-8 byte; see index.ts).
// The string functions are native; the []byte ones are Go source that slices at most
// UTFMax bytes and calls the string version, so they cost O(1) like Go's.

import type { StdlibModule } from './module.ts';

export const RuneError = 0xfffd;
export const RuneSelf = 0x80;
export const MaxRune = 0x10ffff;
export const UTFMax = 4;

/** Size in bytes of the rune decoded by the last decodeRune/decodeLastRune call. */
export const decoded = { size: 0 };

/**
 * Decodes the UTF-8 sequence of byte string s at byte offset i (i < s.length), as
 * utf8.DecodeRuneInString(s[i:]): invalid or short encodings yield RuneError with size 1.
 * The size is left in decoded.size.
 */
export function decodeRune(s: string, i: number): number {
  const n = s.length - i;
  const c0 = s.charCodeAt(i);
  if (c0 < 0x80) {
    decoded.size = 1;
    return c0;
  }
  decoded.size = 1;
  if (c0 < 0xc2 || c0 > 0xf4 || n < 2) return RuneError;
  const c1 = s.charCodeAt(i + 1);
  if (c0 < 0xe0) {
    if ((c1 & 0xc0) !== 0x80) return RuneError;
    decoded.size = 2;
    return ((c0 & 0x1f) << 6) | (c1 & 0x3f);
  }
  // accept ranges for the second byte (go1.27 utf8.go acceptRanges)
  const lo = c0 === 0xe0 ? 0xa0 : c0 === 0xf0 ? 0x90 : 0x80;
  const hi = c0 === 0xed ? 0x9f : c0 === 0xf4 ? 0x8f : 0xbf;
  if (c1 < lo || c1 > hi || n < 3) return RuneError;
  const c2 = s.charCodeAt(i + 2);
  if ((c2 & 0xc0) !== 0x80) return RuneError;
  if (c0 < 0xf0) {
    decoded.size = 3;
    return ((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
  }
  if (n < 4) return RuneError;
  const c3 = s.charCodeAt(i + 3);
  if ((c3 & 0xc0) !== 0x80) return RuneError;
  decoded.size = 4;
  return ((c0 & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
}

/** utf8.DecodeLastRuneInString(s[:end]); the size is left in decoded.size. */
export function decodeLastRune(s: string, end: number): number {
  if (end === 0) {
    decoded.size = 0;
    return RuneError;
  }
  const c = s.charCodeAt(end - 1);
  if (c < 0x80) {
    decoded.size = 1;
    return c;
  }
  const lim = Math.max(end - UTFMax, 0);
  let start = end - 1;
  for (start--; start >= lim; start--) {
    if ((s.charCodeAt(start) & 0xc0) !== 0x80) break;
  }
  if (start < 0) start = 0;
  const r = end === s.length ? decodeRune(s, start) : decodeRune(s.slice(start, end), 0);
  if (start + decoded.size !== end) {
    decoded.size = 1;
    return RuneError;
  }
  return r;
}

/** utf8.FullRuneInString(s[i:]). */
export function fullRune(s: string, i: number): boolean {
  const n = s.length - i;
  if (n === 0) return false;
  const c0 = s.charCodeAt(i);
  if (c0 < 0xc0) return true;
  const need = c0 < 0xe0 ? 2 : c0 < 0xf0 ? 3 : c0 < 0xf5 ? 4 : 1;
  if (n >= need) return true;
  // A short sequence is full if what is there is already invalid.
  if (n >= 2) {
    const c1 = s.charCodeAt(i + 1);
    const lo = c0 === 0xe0 ? 0xa0 : c0 === 0xf0 ? 0x90 : 0x80;
    const hi = c0 === 0xed ? 0x9f : c0 === 0xf4 ? 0x8f : 0xbf;
    if (c1 < lo || c1 > hi) return true;
    if (n > 2 && (s.charCodeAt(i + 2) & 0xc0) !== 0x80) return true;
  }
  if (c0 < 0xc2) return true;
  return false;
}

/** The UTF-8 encoding of r as a byte string (invalid runes encode RuneError). */
export function encodeRune(r: number): string {
  if (r >= 0 && r < 0x80) return String.fromCharCode(r);
  if (r >= 0 && r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0 || r > MaxRune || (r >= 0xd800 && r <= 0xdfff)) r = RuneError;
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

export function runeLen(r: number): number {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xd800 && r <= 0xdfff) return -1;
  if (r < 0x10000) return 3;
  if (r <= MaxRune) return 4;
  return -1;
}

export function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MaxRune);
}

/** utf8.RuneCountInString. */
export function runeCount(s: string): number {
  let n = 0;
  const len = s.length;
  for (let i = 0; i < len; ) {
    if (s.charCodeAt(i) < 0x80) {
      i++;
    } else {
      decodeRune(s, i);
      i += decoded.size;
    }
    n++;
  }
  return n;
}

/** utf8.ValidString. */
export function validString(s: string): boolean {
  const len = s.length;
  for (let i = 0; i < len; ) {
    if (s.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const r = decodeRune(s, i);
    if (r === RuneError && decoded.size === 1) return false;
    i += decoded.size;
  }
  return true;
}

/** Byte string (UTF-8 bytes) → JS text, invalid bytes becoming U+FFFD as Go prints them. */
export function bytesToText(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = '';
  for (let i = 0; i < s.length; ) {
    const r = decodeRune(s, i);
    i += decoded.size;
    out += String.fromCodePoint(r);
  }
  return out;
}

/** JS text → byte string of its UTF-8 encoding (lone surrogates become U+FFFD). */
export function textToBytes(t: string): string {
  let ascii = true;
  for (let i = 0; i < t.length; i++) {
    if (t.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return t;
  let out = '';
  for (const ch of t) out += encodeRune(ch.codePointAt(0)!);
  return out;
}

const goSource = `package utf8

const (
	RuneError = '\\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\\U0010FFFF'
	UTFMax    = 4
)

func FullRuneInString(s string) bool
func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func RuneCountInString(s string) (n int)
func ValidString(s string) bool
func RuneLen(r rune) int
func ValidRune(r rune) bool
func encodeRune(r rune) string

func FullRune(p []byte) bool {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return FullRuneInString(string(p[:n]))
}

func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return DecodeRuneInString(string(p[:n]))
}

func DecodeLastRune(p []byte) (r rune, size int) {
	start := len(p) - UTFMax
	if start < 0 {
		start = 0
	}
	return DecodeLastRuneInString(string(p[start:]))
}

func RuneCount(p []byte) int { return RuneCountInString(string(p)) }

func Valid(p []byte) bool { return ValidString(string(p)) }

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func EncodeRune(p []byte, r rune) int {
	s := encodeRune(r)
	_ = p[len(s)-1]
	return copy(p, s)
}

func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	return append(p, encodeRune(r)...)
}
`;

export const utf8Module: StdlibModule = {
  path: 'unicode/utf8',
  goSource,
  natives: {
    FullRuneInString: (s: string) => fullRune(s, 0),
    DecodeRuneInString: (s: string) => {
      if (s.length === 0) return [RuneError, 0];
      const r = decodeRune(s, 0);
      return [r, decoded.size];
    },
    DecodeLastRuneInString: (s: string) => {
      const r = decodeLastRune(s, s.length);
      return [r, decoded.size];
    },
    RuneCountInString: runeCount,
    ValidString: validString,
    RuneLen: runeLen,
    ValidRune: validRune,
    encodeRune,
  },
};
