// Exact constant values, following go1.27 go/constant (src/go/constant/value.go):
// integers are BigInt, floats are exact rationals (BigInt numerator/denominator, the
// denominator positive and the fraction reduced), booleans and strings are themselves.
// Complex constants are not supported by Go Map Lab (the checker rejects them first).

export type ConstValue =
  | { kind: 'unknown' }
  | { kind: 'bool'; b: boolean }
  /** A byte string (one char code per UTF-8 byte). */
  | { kind: 'string'; s: string }
  | { kind: 'int'; i: bigint }
  /** num/den reduced, den > 0; never an integer-valued rational produced by makeFloat callers who want ints. */
  | { kind: 'float'; num: bigint; den: bigint };

export const unknownVal: ConstValue = { kind: 'unknown' };

export function makeBool(b: boolean): ConstValue {
  return { kind: 'bool', b };
}
export function makeString(s: string): ConstValue {
  return { kind: 'string', s };
}
export function makeInt(i: bigint | number): ConstValue {
  return { kind: 'int', i: typeof i === 'bigint' ? i : BigInt(i) };
}

function babs(x: bigint): bigint {
  return x < 0n ? -x : x;
}
function gcd(a: bigint, b: bigint): bigint {
  a = babs(a);
  b = babs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function makeRat(num: bigint, den: bigint): ConstValue {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  if (g > 1n) {
    num /= g;
    den /= g;
  }
  return { kind: 'float', num, den };
}

/** An exact float64 value as a rational. */
export function makeFloat64(f: number): ConstValue {
  if (!Number.isFinite(f)) return unknownVal;
  if (f === 0) return makeRat(0n, 1n);
  // Decompose f = m * 2^e exactly.
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, f);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  if (e >= 0) return makeRat(sign * (mant << BigInt(e)), 1n);
  return makeRat(sign * mant, 1n << BigInt(-e));
}

export function isNumericVal(v: ConstValue): boolean {
  return v.kind === 'int' || v.kind === 'float';
}

/** Numerator/denominator of a numeric value. */
function rat(v: ConstValue): [bigint, bigint] {
  if (v.kind === 'int') return [v.i, 1n];
  if (v.kind === 'float') return [v.num, v.den];
  throw new Error('not numeric');
}

/** constant.ToInt: an int value if v is integral, else unknown. */
export function toInt(v: ConstValue): ConstValue {
  if (v.kind === 'int') return v;
  if (v.kind === 'float') {
    if (v.den === 1n) return makeInt(v.num);
    return unknownVal;
  }
  return unknownVal;
}

export function toFloat(v: ConstValue): ConstValue {
  if (v.kind === 'int') return makeRat(v.i, 1n);
  if (v.kind === 'float') return v;
  return unknownVal;
}

export function isIntegral(v: ConstValue): boolean {
  return v.kind === 'int' || (v.kind === 'float' && v.den === 1n);
}

export function sign(v: ConstValue): number {
  const [n] = rat(v);
  return n < 0n ? -1 : n > 0n ? 1 : 0;
}

function bitLen(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/**
 * Rounds num/den (den > 0) to the nearest binary floating-point value with `mant` bits
 * of mantissa and minimum exponent minExp (of the least significant bit), ties to even.
 * Returns the rounded rational, or null on overflow beyond maxExp (exponent of the top bit).
 */
function roundRat(num: bigint, den: bigint, mant: number, minExp: number, maxExp: number): [bigint, bigint] | null {
  if (num === 0n) return [0n, 1n];
  const neg = num < 0n;
  const a = babs(num);
  // e: exponent of the least significant mantissa bit.
  let e = bitLen(a) - bitLen(den) - mant;
  let q: bigint;
  let r: bigint;
  let d: bigint;
  for (;;) {
    if (e < minExp) e = minExp;
    const n2 = e >= 0 ? a : a << BigInt(-e);
    d = e >= 0 ? den << BigInt(e) : den;
    q = n2 / d;
    r = n2 % d;
    if (q >= 1n << BigInt(mant) && e !== minExp) {
      e++;
      continue;
    }
    if (q < 1n << BigInt(mant - 1) && e > minExp) {
      e--;
      continue;
    }
    break;
  }
  // Round half to even.
  const twice = r * 2n;
  if (twice > d || (twice === d && (q & 1n) === 1n)) q++;
  if (q === 1n << BigInt(mant)) {
    q >>= 1n;
    e++;
  }
  if (bitLen(q) + e - 1 > maxExp) return null;
  const s = neg ? -q : q;
  return e >= 0 ? [s << BigInt(e), 1n] : [s, 1n << BigInt(-e)];
}

/** Rounds to float64: the rounded rational, or null on overflow. */
export function roundFloat64(v: ConstValue): ConstValue | null {
  const [n, d] = rat(v);
  const r = roundRat(n, d, 53, -1074, 1023);
  return r === null ? null : makeRat(r[0], r[1]);
}

export function roundFloat32(v: ConstValue): ConstValue | null {
  const [n, d] = rat(v);
  const r = roundRat(n, d, 24, -149, 127);
  return r === null ? null : makeRat(r[0], r[1]);
}

/** The nearest float64 (Infinity on overflow). */
export function float64Val(v: ConstValue): number {
  if (v.kind === 'int') return Number(v.i);
  if (v.kind !== 'float') return NaN;
  const r = roundFloat64(v);
  if (r === null) return v.num < 0n ? -Infinity : Infinity;
  const [n, d] = rat(r);
  // n/d is exactly representable; d is a power of two, so the division is exact when
  // both fit; otherwise scale in steps.
  if (babs(n) < 1n << 1000n && d < 1n << 1000n) return Number(n) / Number(d);
  const shift = bitLen(d) - 1;
  return Number(n) * Math.pow(2, -Math.min(shift, 1000)) * Math.pow(2, -(shift - Math.min(shift, 1000)));
}

export function compare(x: ConstValue, op: string, y: ConstValue): boolean {
  let c: number;
  if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === '==') return x.b === y.b;
    if (op === '!=') return x.b !== y.b;
    throw new Error('bad bool comparison');
  }
  if (x.kind === 'string' && y.kind === 'string') c = x.s < y.s ? -1 : x.s > y.s ? 1 : 0;
  else {
    const [a, b] = rat(x);
    const [e, f] = rat(y);
    const l = a * f;
    const r = e * b;
    c = l < r ? -1 : l > r ? 1 : 0;
  }
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
  throw new Error('bad comparison ' + op);
}

/**
 * constant.BinaryOp for + - * / % & | ^ &^ && ||. `intDiv` selects integer division
 * for '/' (both operands integers of an integer type).
 */
export function binaryOp(x: ConstValue, op: string, y: ConstValue, intDiv: boolean): ConstValue {
  if (x.kind === 'unknown' || y.kind === 'unknown') return unknownVal;
  if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === '&&') return makeBool(x.b && y.b);
    if (op === '||') return makeBool(x.b || y.b);
    return unknownVal;
  }
  if (x.kind === 'string' && y.kind === 'string') {
    if (op === '+') return makeString(x.s + y.s);
    return unknownVal;
  }
  if (x.kind === 'int' && y.kind === 'int') {
    const a = x.i;
    const b = y.i;
    switch (op) {
      case '+':
        return makeInt(a + b);
      case '-':
        return makeInt(a - b);
      case '*':
        return makeInt(a * b);
      case '/':
        if (intDiv) return makeInt(a / b);
        return makeRat(a, b);
      case '%':
        return makeInt(a % b);
      case '&':
        return makeInt(a & b);
      case '|':
        return makeInt(a | b);
      case '^':
        return makeInt(a ^ b);
      case '&^':
        return makeInt(a & ~b);
    }
    return unknownVal;
  }
  const [a, b] = rat(x);
  const [c, d] = rat(y);
  switch (op) {
    case '+':
      return normFloat(makeRat(a * d + c * b, b * d));
    case '-':
      return normFloat(makeRat(a * d - c * b, b * d));
    case '*':
      return normFloat(makeRat(a * c, b * d));
    case '/':
      if (intDiv) return makeInt((a * d) / (b * c));
      return normFloat(makeRat(a * d, b * c));
  }
  return unknownVal;
}

function normFloat(v: ConstValue): ConstValue {
  return v;
}

export function shift(x: ConstValue, op: '<<' | '>>', s: number): ConstValue {
  if (x.kind !== 'int') return unknownVal;
  if (op === '<<') return makeInt(x.i << BigInt(s));
  return makeInt(x.i >> BigInt(s));
}

/** constant.UnaryOp: + - ^ !; prec > 0 is the bit size of an unsigned type for ^. */
export function unaryOp(op: string, x: ConstValue, prec: number): ConstValue {
  switch (op) {
    case '+':
      return x;
    case '-':
      if (x.kind === 'int') return makeInt(-x.i);
      if (x.kind === 'float') return makeRat(-x.num, x.den);
      return unknownVal;
    case '^':
      if (x.kind !== 'int') return unknownVal;
      if (prec > 0) return makeInt(~x.i & ((1n << BigInt(prec)) - 1n));
      return makeInt(~x.i);
    case '!':
      if (x.kind === 'bool') return makeBool(!x.b);
      return unknownVal;
  }
  return unknownVal;
}

// ---------------------------------------------------------------------------
// Printing (go/constant Value.String and ExactString)

function quoteBytes(s: string): string {
  // strconv.Quote of a byte string, as Go prints it (valid UTF-8 kept, other bytes \x..).
  let out = '"';
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x22) out += '\\"';
      else if (c === 0x5c) out += '\\\\';
      else if (c === 0x0a) out += '\\n';
      else if (c === 0x09) out += '\\t';
      else if (c === 0x0d) out += '\\r';
      else if (c === 0x07) out += '\\a';
      else if (c === 0x08) out += '\\b';
      else if (c === 0x0c) out += '\\f';
      else if (c === 0x0b) out += '\\v';
      else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
      else out += s[i];
      i++;
      continue;
    }
    // Multi-byte sequence: keep the bytes if they form valid UTF-8.
    const n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
    let ok = n > 0 && i + n <= s.length;
    for (let k = 1; ok && k < n; k++) ok = (s.charCodeAt(i + k) & 0xc0) === 0x80;
    if (ok) {
      out += s.slice(i, i + n);
      i += n;
    } else {
      out += '\\x' + c.toString(16).padStart(2, '0');
      i++;
    }
  }
  return out + '"';
}

/** Formats like Go's %g / %.Ng for a float64 (prec -1 = shortest). */
export function formatG(x: number, prec: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : x < 0 ? '-Inf' : 'NaN';
  let digits: string;
  let exp: number;
  if (prec < 0) {
    const s = x.toExponential();
    const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)!;
    digits = m[2] + (m[3] ?? '');
    exp = Number(m[4]);
  } else {
    const s = x.toExponential(Math.max(prec - 1, 0));
    const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)!;
    digits = (m[2] + (m[3] ?? '')).replace(/0+$/, '');
    if (digits === '') digits = '0';
    exp = Number(m[4]);
  }
  const neg = x < 0 ? '-' : '';
  const eprec = prec < 0 ? 21 : prec === 0 ? 1 : prec;
  if (exp < -4 || exp >= eprec) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const es = Math.abs(exp) < 10 ? '0' + Math.abs(exp) : String(Math.abs(exp));
    return neg + mant + 'e' + (exp < 0 ? '-' : '+') + es;
  }
  if (exp < 0) return neg + '0.' + '0'.repeat(-exp - 1) + digits;
  if (digits.length <= exp + 1) return neg + digits + '0'.repeat(exp + 1 - digits.length);
  return neg + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
}

/** constant.Value.String(): short, human-readable form (strings shortened to 72 bytes). */
export function constString(v: ConstValue): string {
  switch (v.kind) {
    case 'unknown':
      return 'unknown';
    case 'bool':
      return v.b ? 'true' : 'false';
    case 'string': {
      const maxLen = 72;
      let s = quoteBytes(v.s);
      if (s.length > maxLen) {
        // Go cuts at a rune boundary and appends "..." (3 dots, not U+2026).
        let i = maxLen - 3;
        while (i > 0 && (s.charCodeAt(i) & 0xc0) === 0x80) i--;
        s = s.slice(0, i) + '...';
      }
      return s;
    }
    case 'int':
      return v.i.toString();
    case 'float': {
      const f = float64Val(v);
      if (Number.isFinite(f) && (f === 0) === (v.num === 0n)) {
        let s = formatG(f, 6);
        if (v.den !== 1n && !s.includes('.') && !s.includes('e')) s = formatG(f, -1);
        else if (v.den !== 1n && !s.includes('.')) s = formatG(f, -1).includes('.') ? formatG(f, -1) : s;
        return s;
      }
      return bigFloatString(v);
    }
  }
}

/** Very large or small floats: decimal mantissa and exponent (%.6g of the exact value). */
function bigFloatString(v: ConstValue & { kind: 'float' }): string {
  const neg = v.num < 0n;
  const a = babs(v.num);
  // Find e such that 10^e <= a/den < 10^(e+1).
  let e = a.toString().length - v.den.toString().length;
  const pow = (k: number): bigint => 10n ** BigInt(Math.abs(k));
  const ge = (k: number): boolean => (k >= 0 ? a >= v.den * pow(k) : a * pow(k) >= v.den);
  while (!ge(e)) e--;
  while (ge(e + 1)) e++;
  // 6 significant digits, rounded half-even.
  const k = 5 - e;
  const n = k >= 0 ? a * pow(k) : a;
  const d = k >= 0 ? v.den : v.den * pow(k);
  let q = n / d;
  const r = n % d;
  if (r * 2n > d || (r * 2n === d && (q & 1n) === 1n)) q++;
  let ds = q.toString();
  if (ds.length > 6) {
    ds = ds.slice(0, 6);
    e++;
  }
  ds = ds.replace(/0+$/, '') || '0';
  const mant = ds.length > 1 ? ds[0] + '.' + ds.slice(1) : ds;
  return (neg ? '-' : '') + mant + 'e' + (e < 0 ? '-' : '+') + (Math.abs(e) < 10 ? '0' : '') + Math.abs(e);
}

/** Integer value as a JS number (for lengths and indices); NaN if not integral. */
export function int64Val(v: ConstValue): number {
  const t = toInt(v);
  if (t.kind !== 'int') return NaN;
  return Number(t.i);
}

export function bigIntVal(v: ConstValue): bigint | null {
  const t = toInt(v);
  return t.kind === 'int' ? t.i : null;
}
