// Values of Go literals (ast.BasicLit.value, as written in the source), following the
// language spec and go1.27 strconv.Unquote / go/constant.MakeFromLiteral. The scanner has
// already reported malformed literals (BasicLit.bad); these functions assume a
// well-formed literal and throw on anything else.
//
// Strings are byte strings (one char code per UTF-8 byte); integers are BigInts; floats
// are exact rationals (BigInt numerator and positive denominator, in lowest terms), so
// the checker can do exact constant arithmetic.

/** The byte-string value of a string literal (interpreted "..." or raw `...`). */
export function unquoteString(lit: string): string {
  const q = lit.charCodeAt(0);
  if (q === 96) {
    // raw string: carriage returns are discarded
    return lit.slice(1, -1).replace(/\r/g, '');
  }
  if (q !== 34) throw new Error(`not a string literal: ${lit}`);
  let out = '';
  const end = lit.length - 1;
  for (let i = 1; i < end; ) {
    const c = lit.charCodeAt(i);
    if (c !== 92) {
      out += lit[i];
      i++;
      continue;
    }
    const r = unescape(lit, i + 1, 34);
    out += r.bytes;
    i = r.next;
  }
  return out;
}

/** The code point of a rune literal ('a', '\n', '\xff', '\u00e9', 'é'). */
export function unquoteRune(lit: string): number {
  if (lit.charCodeAt(0) !== 39) throw new Error(`not a rune literal: ${lit}`);
  if (lit.charCodeAt(1) === 92) {
    const r = unescape(lit, 2, 39);
    return r.value;
  }
  return decodeUTF8(lit, 1);
}

/** Decodes one escape sequence starting after the backslash at i. */
function unescape(s: string, i: number, quote: number): { bytes: string; value: number; next: number } {
  const c = s.charCodeAt(i);
  const simple = (v: number): { bytes: string; value: number; next: number } => ({ bytes: String.fromCharCode(v), value: v, next: i + 1 });
  switch (c) {
    case 97: return simple(7); // \a
    case 98: return simple(8); // \b
    case 102: return simple(12); // \f
    case 110: return simple(10); // \n
    case 114: return simple(13); // \r
    case 116: return simple(9); // \t
    case 118: return simple(11); // \v
    case 92: return simple(92); // \\
    case quote: return simple(quote);
    case 120: { // \xNN: one byte
      const v = parseInt(s.slice(i + 1, i + 3), 16);
      return { bytes: String.fromCharCode(v), value: v, next: i + 3 };
    }
    case 117: case 85: { // \uNNNN, \UNNNNNNNN: a code point, UTF-8 encoded
      const n = c === 117 ? 4 : 8;
      const v = parseInt(s.slice(i + 1, i + 1 + n), 16);
      return { bytes: encodeUTF8(v), value: v, next: i + 1 + n };
    }
    default:
      if (c >= 48 && c <= 55) { // \NNN octal: one byte
        const v = parseInt(s.slice(i, i + 3), 8);
        return { bytes: String.fromCharCode(v), value: v, next: i + 3 };
      }
      throw new Error(`unknown escape in ${s}`);
  }
}

/** UTF-8 encoding of code point r as a byte string. */
export function encodeUTF8(r: number): string {
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 63));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 63), 0x80 | (r & 63));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 63), 0x80 | ((r >> 6) & 63), 0x80 | (r & 63));
}

function decodeUTF8(s: string, i: number): number {
  const c0 = s.charCodeAt(i);
  if (c0 < 0x80) return c0;
  if (c0 < 0xe0) return ((c0 & 0x1f) << 6) | (s.charCodeAt(i + 1) & 0x3f);
  if (c0 < 0xf0) return ((c0 & 0x0f) << 12) | ((s.charCodeAt(i + 1) & 0x3f) << 6) | (s.charCodeAt(i + 2) & 0x3f);
  return ((c0 & 0x07) << 18) | ((s.charCodeAt(i + 1) & 0x3f) << 12) | ((s.charCodeAt(i + 2) & 0x3f) << 6) | (s.charCodeAt(i + 3) & 0x3f);
}

/** The value of an integer literal: decimal, 0x, 0o, 0b or legacy 0-octal, with `_` separators. */
export function parseIntLit(lit: string): bigint {
  const s = lit.replace(/_/g, '');
  if (s.length > 1 && s[0] === '0') {
    const p = s[1].toLowerCase();
    if (p === 'x' || p === 'o' || p === 'b') return BigInt('0' + p + s.slice(2));
    return BigInt('0o' + s.slice(1)); // legacy octal
  }
  return BigInt(s);
}

export interface Rational {
  /** Numerator (sign carried here). */
  num: bigint;
  /** Denominator, > 0, coprime with num. */
  den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** num/den in lowest terms (den > 0). */
export function rational(num: bigint, den: bigint): Rational {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

/** The exact value of a floating-point literal (decimal with e exponent, or hex with p exponent). */
export function parseFloatLit(lit: string): Rational {
  const s = lit.replace(/_/g, '').toLowerCase();
  if (s.startsWith('0x')) {
    const p = s.indexOf('p');
    const mant = s.slice(2, p < 0 ? s.length : p);
    const exp = p < 0 ? 0 : Number(s.slice(p + 1));
    const dot = mant.indexOf('.');
    const digits = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
    const frac = dot < 0 ? 0 : mant.length - dot - 1;
    const m = digits === '' ? 0n : BigInt('0x' + digits);
    const e2 = exp - 4 * frac; // value = m * 2^e2
    return e2 >= 0 ? rational(m << BigInt(e2), 1n) : rational(m, 1n << BigInt(-e2));
  }
  const e = s.indexOf('e');
  const mant = e < 0 ? s : s.slice(0, e);
  const exp = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mant.indexOf('.');
  const digits = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
  const frac = dot < 0 ? 0 : mant.length - dot - 1;
  const m = digits === '' ? 0n : BigInt(digits);
  const e10 = exp - frac; // value = m * 10^e10
  return e10 >= 0 ? rational(m * 10n ** BigInt(e10), 1n) : rational(m, 10n ** BigInt(-e10));
}

/** The exact value of a numeric literal's real part: INT and FLOAT, or IMAG with its `i` removed. */
export function parseNumberLit(lit: string): Rational {
  const s = lit.endsWith('i') ? lit.slice(0, -1) : lit;
  const lower = s.toLowerCase();
  const isHex = lower.startsWith('0x');
  const isFloat = isHex ? /[.p]/.test(lower) : /[.e]/.test(lower);
  if (!isFloat) {
    // imaginary literals like 0123i are decimal (spec: "for backward compatibility")
    if (lit.endsWith('i') && /^0[0-9_]+$/.test(s)) return rational(BigInt(s.replace(/_/g, '')), 1n);
    return rational(parseIntLit(s), 1n);
  }
  return parseFloatLit(s);
}
