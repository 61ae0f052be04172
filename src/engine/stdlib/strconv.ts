// Package strconv, following go1.27 src/strconv/number.go, src/strconv/quote.go and
// src/internal/strconv/{atoi,atof,ftoa,itoa}.go. Complex numbers (FormatComplex,
// ParseComplex) are left out: the engine rejects complex types.
//
// The conversions are natives (atof.ts, ftoa.ts, quote.ts); the error values
// (*NumError wrapping ErrRange/ErrSyntax) are built in Go from the natives' error codes.

import { atoi, parseFloat, parseInt, parseStatus, parseUint } from './atof.ts';
import { formatFloat } from './ftoa.ts';
import type { StdlibModule } from './module.ts';
import { canBackquote, isGraphic, isPrint, quote, quoteRuneWith, quoteWith, unquoteChar, unquoteWith } from './quote.ts';

/** strconv.FormatInt / FormatUint for a value in the engine's integer representation (base 2..36). */
export function formatInt(i: number | bigint, base: number): string {
  if (base === 10) return '' + i;
  return i.toString(base);
}

/** FormatUint of a uint64 held as number|bigint (always non-negative). */
export const formatUint = formatInt;

export function itoa(i: number | bigint): string {
  return '' + i;
}


const goSource = `package strconv

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func toError(fn, s string, base, bitSize, code int) error {
	switch code {
	case 1:
		return &NumError{fn, s, ErrRange}
	case 2:
		return &NumError{fn, s, ErrSyntax}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

func parseFloat(s string, bitSize int) (float64, int)
func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func atoi(s string) (int, int)

func ParseFloat(s string, bitSize int) (float64, error) {
	x, code := parseFloat(s, bitSize)
	if code != 0 {
		return x, toError("ParseFloat", s, 0, bitSize, code)
	}
	return x, nil
}

func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	x, code := parseInt(s, base, bitSize)
	if code != 0 {
		return x, toError("ParseInt", s, base, bitSize, code)
	}
	return x, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	x, code := parseUint(s, base, bitSize)
	if code != 0 {
		return x, toError("ParseUint", s, base, bitSize, code)
	}
	return x, nil
}

func Atoi(s string) (int, error) {
	x, code := atoi(s)
	if code != 0 {
		return x, toError("Atoi", s, 0, 0, code)
	}
	return x, nil
}

func formatFloat(f float64, fmt byte, prec, bitSize int) string
func formatInt(i int64, base int) string
func formatUint(i uint64, base int) string

func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal FormatFloat bitSize")
	}
	return formatFloat(f, fmt, prec, bitSize)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat bitSize")
	}
	return append(dst, formatFloat(f, fmt, prec, bitSize)...)
}

func FormatInt(i int64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatInt(i, base)
}

func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatUint(i, base)
}

func Itoa(i int) string

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }

func AppendQuoteToGraphic(dst []byte, s string) []byte { return append(dst, QuoteToGraphic(s)...) }

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return append(dst, QuoteRuneToASCII(r)...) }

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte { return append(dst, QuoteRuneToGraphic(r)...) }

func unquote(s string, unescape bool) (string, string, bool)
func unquoteChar(s string, quote byte) (rune, bool, string, bool)

func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}

func QuotedPrefix(s string) (string, error) {
	out, _, ok := unquote(s, false)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

func Unquote(s string) (string, error) {
	out, rem, ok := unquote(s, true)
	if !ok || len(rem) > 0 {
		return "", ErrSyntax
	}
	return out, nil
}
`;

export const strconvModule: StdlibModule = {
  path: 'strconv',
  goSource,
  natives: {
    parseFloat: (s: string, bitSize: number) => {
      const v = parseFloat(s, bitSize);
      return [v, parseStatus.err];
    },
    parseInt: (s: string, base: number, bitSize: number) => {
      const v = parseInt(s, base, bitSize);
      return [v, parseStatus.err];
    },
    parseUint: (s: string, base: number, bitSize: number) => {
      const v = parseUint(s, base, bitSize);
      return [v, parseStatus.err];
    },
    atoi: (s: string) => {
      const v = atoi(s);
      return [v, parseStatus.err];
    },
    formatFloat,
    formatInt,
    formatUint: formatInt,
    Itoa: itoa,
    Quote: quote,
    QuoteToASCII: (s: string) => quoteWith(s, 34, true, false),
    QuoteToGraphic: (s: string) => quoteWith(s, 34, false, true),
    QuoteRune: (r: number) => quoteRuneWith(r, 39, false, false),
    QuoteRuneToASCII: (r: number) => quoteRuneWith(r, 39, true, false),
    QuoteRuneToGraphic: (r: number) => quoteRuneWith(r, 39, false, true),
    CanBackquote: canBackquote,
    IsPrint: isPrint,
    IsGraphic: isGraphic,
    unquote: unquoteWith,
    unquoteChar,
  },
};
