// Number parsing, following go1.27 src/internal/strconv/atoi.go (ParseUint, ParseInt, Atoi,
// underscoreOK) and atof.go (special, readFloat, atofHex, ParseFloat).
//
// Syntax is checked exactly as Go does; decimal values are then converted by V8's
// correctly rounded string→double conversion. For bitSize 32, the one case where rounding
// through float64 could differ from Go's direct rounding (the double lands exactly on a
// float32 midpoint) is settled by an exact BigInt comparison. Hex floats are rounded by a
// port of atofHex. Errors are reported as codes in `parseStatus.err`.

import { float32Bits, float32FromBits, float64FromWords } from './ftoa.ts';

export const ErrRange = 1;
export const ErrSyntax = 2;
export const ErrBase = 3;
export const ErrBitSize = 4;

/** Error code of the last parse (0 = none). */
export const parseStatus = { err: 0 };

export const IntSize = 64;

function lower(c: number): number {
  return c | 0x20;
}

export function underscoreOK(s: string): boolean {
  let saw = 94; // '^'
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0') {
    const c1 = lower(s.charCodeAt(1));
    if (c1 === 98 || c1 === 111 || c1 === 120) {
      i = 2;
      saw = 48; // '0'
      hex = c1 === 120;
    }
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (hex && lower(c) >= 97 && lower(c) <= 102)) {
      saw = 48;
      continue;
    }
    if (c === 95) {
      if (saw !== 48) return false;
      saw = 95;
      continue;
    }
    if (saw === 95) return false;
    saw = 33;
  }
  return saw !== 95;
}

function norm(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** ParseUint(s, base, bitSize): the value (number|bigint) with the error in parseStatus.err. */
export function parseUint(s: string, base: number, bitSize: number): number | bigint {
  parseStatus.err = 0;
  if (s === '') {
    parseStatus.err = ErrSyntax;
    return 0;
  }
  const base0 = base === 0;
  const s0 = s;
  if (base >= 2 && base <= 36) {
    // ok
  } else if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const c1 = s.length >= 3 ? lower(s.charCodeAt(1)) : 0;
      if (c1 === 98) {
        base = 2;
        s = s.slice(2);
      } else if (c1 === 111) {
        base = 8;
        s = s.slice(2);
      } else if (c1 === 120) {
        base = 16;
        s = s.slice(2);
      } else {
        base = 8;
        s = s.slice(1);
      }
    }
  } else {
    parseStatus.err = ErrBase;
    return 0;
  }
  if (bitSize === 0) bitSize = IntSize;
  else if (bitSize < 0 || bitSize > 64) {
    parseStatus.err = ErrBitSize;
    return 0;
  }
  // Fast path: short inputs accumulate exactly in a double.
  const small = s.length <= 10 || (base <= 10 && s.length <= 15);
  let underscores = false;
  if (small) {
    const maxVal = bitSize >= 53 ? Number.MAX_SAFE_INTEGER : 2 ** bitSize - 1;
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let d: number;
      if (c === 95 && base0) {
        underscores = true;
        continue;
      } else if (c >= 48 && c <= 57) d = c - 48;
      else if (lower(c) >= 97 && lower(c) <= 122) d = lower(c) - 87;
      else {
        parseStatus.err = ErrSyntax;
        return 0;
      }
      if (d >= base) {
        parseStatus.err = ErrSyntax;
        return 0;
      }
      n = n * base + d;
      if (n > maxVal) {
        parseStatus.err = ErrRange;
        return norm((1n << BigInt(bitSize)) - 1n);
      }
    }
    if (underscores && !underscoreOK(s0)) {
      parseStatus.err = ErrSyntax;
      return 0;
    }
    return n;
  }
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  const b = BigInt(base);
  let n = 0n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c === 95 && base0) {
      underscores = true;
      continue;
    } else if (c >= 48 && c <= 57) d = c - 48;
    else if (lower(c) >= 97 && lower(c) <= 122) d = lower(c) - 87;
    else {
      parseStatus.err = ErrSyntax;
      return 0;
    }
    if (d >= base) {
      parseStatus.err = ErrSyntax;
      return 0;
    }
    n = n * b + BigInt(d);
    if (n > maxVal) {
      parseStatus.err = ErrRange;
      return norm(maxVal);
    }
  }
  if (underscores && !underscoreOK(s0)) {
    parseStatus.err = ErrSyntax;
    return 0;
  }
  return norm(n);
}

/** ParseInt(s, base, bitSize): the value (number|bigint) with the error in parseStatus.err. */
export function parseInt(s: string, base: number, bitSize: number): number | bigint {
  if (s === '') {
    parseStatus.err = ErrSyntax;
    return 0;
  }
  let neg = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 43) s = s.slice(1);
  else if (c0 === 45) {
    s = s.slice(1);
    neg = true;
  }
  const un = parseUint(s, base, bitSize);
  const err = parseStatus.err;
  if (err !== 0 && err !== ErrRange) return 0;
  if (bitSize === 0) bitSize = IntSize;
  if (typeof un === 'number' && bitSize > 53) {
    parseStatus.err = 0;
    return neg ? (un === 0 ? 0 : -un) : un;
  }
  const cutoff = 1n << BigInt(bitSize - 1);
  const u = BigInt(un);
  if (!neg && u >= cutoff) {
    parseStatus.err = ErrRange;
    return norm(cutoff - 1n);
  }
  if (neg && u > cutoff) {
    parseStatus.err = ErrRange;
    return norm(-cutoff);
  }
  parseStatus.err = 0;
  return norm(neg ? -u : u);
}

/** Atoi(s) with its fast path for short decimal inputs. */
export function atoi(s: string): number | bigint {
  const sLen = s.length;
  if (sLen > 0 && sLen < 19) {
    let i = 0;
    const c0 = s.charCodeAt(0);
    if (c0 === 45 || c0 === 43) {
      i = 1;
      if (sLen < 2) {
        parseStatus.err = ErrSyntax;
        return 0;
      }
    }
    let n = 0;
    if (sLen - i <= 15) {
      for (; i < sLen; i++) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9) {
          parseStatus.err = ErrSyntax;
          return 0;
        }
        n = n * 10 + d;
      }
      parseStatus.err = 0;
      return c0 === 45 ? (n === 0 ? 0 : -n) : n;
    }
    let big = 0n;
    for (; i < sLen; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) {
        parseStatus.err = ErrSyntax;
        return 0;
      }
      big = big * 10n + BigInt(d);
    }
    parseStatus.err = 0;
    return norm(c0 === 45 ? -big : big);
  }
  return parseInt(s, 10, 0);
}

// ---- floats ----

function commonPrefixLenIgnoreCase(s: string, prefix: string): number {
  const n = Math.min(prefix.length, s.length);
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== prefix.charCodeAt(i)) return i;
  }
  return n;
}

// special(s) from atof.go: returns [value, n] or undefined.
function special(s: string): [number, number] | undefined {
  if (s.length === 0) return undefined;
  let sign = 1;
  let nsign = 0;
  const c = s[0];
  if (c === '+' || c === '-' || c === 'i' || c === 'I') {
    if (c === '+' || c === '-') {
      if (c === '-') sign = -1;
      nsign = 1;
      s = s.slice(1);
    }
    let n = commonPrefixLenIgnoreCase(s, 'infinity');
    if (3 < n && n < 8) n = 3;
    if (n === 3 || n === 8) return [sign * Infinity, nsign + n];
  } else if (c === 'n' || c === 'N') {
    if (commonPrefixLenIgnoreCase(s, 'nan') === 3) return [NaN, 3];
  }
  return undefined;
}

interface ReadFloat {
  ok: boolean;
  n: number;
  neg: boolean;
  hex: boolean;
  /** hex: mantissa (first 16 digits) and binary exponent; decimal: cleaned text. */
  mantissa: bigint;
  exp: number;
  trunc: boolean;
  clean: string;
}

// readFloat from atof.go (syntax and, for hex, the mantissa/exponent).
function readFloat(s: string): ReadFloat {
  const r: ReadFloat = { ok: false, n: 0, neg: false, hex: false, mantissa: 0n, exp: 0, trunc: false, clean: '' };
  let underscores = false;
  let i = 0;
  if (i >= s.length) return r;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    i++;
    r.neg = true;
  }
  let base = 10;
  let maxMantDigits = 19;
  let expChar = 101;
  if (i + 2 < s.length && s[i] === '0' && lower(s.charCodeAt(i + 1)) === 120) {
    base = 16;
    maxMantDigits = 16;
    i += 2;
    expChar = 112;
    r.hex = true;
  }
  let sawdot = false;
  let sawdigits = false;
  let nd = 0;
  let ndMant = 0;
  let dp = 0;
  let mantissa = 0n;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      underscores = true;
      continue;
    }
    if (c === 46) {
      if (sawdot) break;
      sawdot = true;
      dp = nd;
      continue;
    }
    if (c >= 48 && c <= 57) {
      sawdigits = true;
      if (c === 48 && nd === 0) {
        dp--;
        continue;
      }
      nd++;
      if (ndMant < maxMantDigits) {
        if (base === 16) mantissa = mantissa * 16n + BigInt(c - 48);
        ndMant++;
      } else if (c !== 48) {
        r.trunc = true;
      }
      continue;
    }
    if (base === 16 && lower(c) >= 97 && lower(c) <= 102) {
      sawdigits = true;
      nd++;
      if (ndMant < maxMantDigits) {
        mantissa = mantissa * 16n + BigInt(lower(c) - 87);
        ndMant++;
      } else {
        r.trunc = true;
      }
      continue;
    }
    break;
  }
  if (!sawdigits) {
    r.n = i;
    return r;
  }
  if (!sawdot) dp = nd;
  if (base === 16) {
    dp *= 4;
    ndMant *= 4;
  }
  if (i < s.length && lower(s.charCodeAt(i)) === expChar) {
    i++;
    if (i >= s.length) {
      r.n = i;
      return r;
    }
    let esign = 1;
    if (s[i] === '+') i++;
    else if (s[i] === '-') {
      i++;
      esign = -1;
    }
    if (i >= s.length || s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) {
      r.n = i;
      return r;
    }
    let e = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 95) {
        underscores = true;
        continue;
      }
      if (c < 48 || c > 57) break;
      if (e < 10000) e = e * 10 + c - 48;
    }
    dp += e * esign;
  } else if (base === 16) {
    r.n = i;
    return r;
  }
  r.n = i;
  if (mantissa !== 0n) r.exp = dp - ndMant;
  r.mantissa = mantissa;
  if (underscores && !underscoreOK(s.slice(0, i))) return r;
  r.ok = true;
  r.clean = underscores ? s.slice(0, i).replaceAll('_', '') : s.slice(0, i);
  return r;
}

// atofHex from atof.go, on BigInt mantissas.
function atofHex(mantissa: bigint, exp: number, neg: boolean, trunc: boolean, bitSize: number): number {
  const mantbits = bitSize === 32 ? 23 : 52;
  const expbits = bitSize === 32 ? 8 : 11;
  const bias = bitSize === 32 ? -127 : -1023;
  const maxExp = (1 << expbits) + bias - 2;
  const minExp = bias + 1;
  const mb = BigInt(mantbits);
  exp += mantbits;
  while (mantissa !== 0n && mantissa >> (mb + 2n) === 0n) {
    mantissa <<= 1n;
    exp--;
  }
  if (trunc) mantissa |= 1n;
  while (mantissa >> (1n + mb + 2n) !== 0n) {
    mantissa = (mantissa >> 1n) | (mantissa & 1n);
    exp++;
  }
  while (mantissa > 1n && exp < minExp - 2) {
    mantissa = (mantissa >> 1n) | (mantissa & 1n);
    exp++;
  }
  let round = mantissa & 3n;
  mantissa >>= 2n;
  round |= mantissa & 1n;
  exp += 2;
  if (round === 3n) {
    mantissa++;
    if (mantissa === 1n << (1n + mb)) {
      mantissa >>= 1n;
      exp++;
    }
  }
  if (mantissa >> mb === 0n) exp = bias;
  parseStatus.err = 0;
  if (exp > maxExp) {
    mantissa = 1n << mb;
    exp = maxExp + 1;
    parseStatus.err = ErrRange;
  }
  const frac = mantissa & ((1n << mb) - 1n);
  const e = BigInt((exp - bias) & ((1 << expbits) - 1));
  if (bitSize === 32) {
    const b = Number(frac | (e << mb)) + (neg ? 2 ** 31 : 0);
    return float32FromBits(b);
  }
  const b = frac | (e << mb) | (neg ? 1n << 63n : 0n);
  return float64FromWords(Number(b & 0xffffffffn), Number(b >> 32n));
}

/** Exact comparison of a decimal literal (no underscores, no sign) with a double m. */
function compareDecimal(clean: string, m: number): number {
  let t = clean;
  if (t[0] === '+' || t[0] === '-') t = t.slice(1);
  let e10 = 0;
  const ei = t.search(/[eE]/);
  if (ei >= 0) {
    e10 = Number(t.slice(ei + 1));
    t = t.slice(0, ei);
  }
  const dot = t.indexOf('.');
  if (dot >= 0) {
    e10 -= t.length - dot - 1;
    t = t.slice(0, dot) + t.slice(dot + 1);
  }
  let a = BigInt(t === '' ? '0' : t);
  // m = mm × 2^e2 with mm an integer
  let e2 = 0;
  let mm = m;
  while (!Number.isInteger(mm)) {
    mm *= 2;
    e2--;
  }
  let b = BigInt(mm);
  if (e10 >= 0) a *= 10n ** BigInt(e10);
  else b *= 10n ** BigInt(-e10);
  if (e2 < 0) a <<= BigInt(-e2);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ParseFloat(s, bitSize): the value with the error in parseStatus.err. */
export function parseFloat(s: string, bitSize: number): number {
  parseStatus.err = 0;
  const sp = special(s);
  if (sp !== undefined) {
    if (sp[1] !== s.length) {
      parseStatus.err = ErrSyntax;
      return 0;
    }
    return sp[0];
  }
  const r = readFloat(s);
  if (!r.ok || r.n !== s.length) {
    parseStatus.err = ErrSyntax;
    return 0;
  }
  if (r.hex) return atofHex(r.mantissa, r.exp, r.neg, r.trunc, bitSize === 32 ? 32 : 64);
  const v = Number(r.clean);
  if (bitSize !== 32) {
    if (!Number.isFinite(v)) parseStatus.err = ErrRange;
    return v;
  }
  let f = Math.fround(v);
  if (f !== v && Number.isFinite(v)) {
    // Is v exactly halfway between two float32s? Then round from the exact decimal.
    const a = Math.abs(f);
    const bits = a === Infinity ? 0x7f800000 : float32Bits(a);
    const towardZero = Math.abs(v) < a;
    const other = towardZero
      ? float32FromBits(bits - 1)
      : bits === 0x7f7fffff
        ? 2 ** 128
        : float32FromBits(bits + 1);
    const lo = towardZero ? other : a;
    const hi = towardZero ? (a === Infinity ? 2 ** 128 : a) : other;
    const mid = lo + (hi - lo) / 2;
    if (Math.abs(v) === mid) {
      const c = compareDecimal(r.clean, mid);
      const sign = v < 0 ? -1 : 1;
      const hiF = hi === 2 ** 128 ? Infinity : hi;
      if (c > 0) f = sign * hiF;
      else if (c < 0) f = sign * lo;
    }
  }
  if (!Number.isFinite(f)) parseStatus.err = ErrRange;
  return f;
}
