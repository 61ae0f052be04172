// Float formatting, following go1.27 src/internal/strconv/ftoa.go (FormatFloat, fmtEFG, fmtB, fmtX)
// and go1.27 src/internal/strconv/decimal.go (Round/RoundUp/RoundDown/shouldRoundUp).
//
// Go's digits are always exact: shortest round-trip digits for precision -1, and the exact
// binary value rounded half-to-even for a fixed precision. We obtain the same digits by:
//   - shortest float64: V8's Number.prototype.toExponential() (the ECMAScript shortest,
//     closest-to-value digits, identical to Go's shortFloat for every double);
//   - shortest float32: Go's classic roundShortest (go1.19 strconv/ftoa.go) over exact decimals;
//   - fixed precision: V8's toFixed/toExponential (exact, but halves round up) unless the value
//     is exactly halfway at the cut, detected in O(1) from the binary mantissa; exact halves
//     take the exact path (BigInt decimal expansion + Go's half-even Round).
// A "decimal" here is [digits, dp]: digits without trailing zeros, value = 0.digits × 10^dp.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);
const u32of32 = new Uint32Array(f32.buffer);
// Typed arrays use the platform byte order; detect which word holds the sign.
const HI = (() => {
  f64[0] = -0;
  return u32[1] === 0x80000000 ? 1 : 0;
})();
const LO = 1 - HI;

/** Low and high 32-bit words of a float64's bits. */
export function float64Words(v: number): [lo: number, hi: number] {
  f64[0] = v;
  return [u32[LO]!, u32[HI]!];
}

export function float64FromWords(lo: number, hi: number): number {
  u32[LO] = lo >>> 0;
  u32[HI] = hi >>> 0;
  return f64[0]!;
}

export function float32Bits(v: number): number {
  f32[0] = v;
  return u32of32[0]!;
}

export function float32FromBits(b: number): number {
  u32of32[0] = b >>> 0;
  return f32[0]!;
}

const pow5Cache: bigint[] = [1n];
function pow5(n: number): bigint {
  while (pow5Cache.length <= n) pow5Cache.push(pow5Cache[pow5Cache.length - 1]! * 5n);
  return pow5Cache[n]!;
}

type Decimal = [digits: string, dp: number];

function trimZeros(s: string): string {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 48) n--;
  return n === s.length ? s : s.slice(0, n);
}

/** Exact decimal expansion of mant × 2^exp2 (mant a non-negative integer ≤ 2^64). */
export function exactDecimal(mant: number | bigint, exp2: number): Decimal {
  if (mant === 0 || mant === 0n) return ['', 0];
  let s: string;
  let dp: number;
  if (exp2 >= 0) {
    s = (BigInt(mant) << BigInt(exp2)).toString();
    dp = s.length;
  } else {
    s = (BigInt(mant) * pow5(-exp2)).toString();
    dp = s.length + exp2;
  }
  return [trimZeros(s), dp];
}

// shouldRoundUp as in decimal.go (the digits here are never truncated).
function shouldRoundUp(d: string, nd: number): boolean {
  if (nd < 0 || nd >= d.length) return false;
  const c = d.charCodeAt(nd);
  if (c === 53 && nd + 1 === d.length) {
    return nd > 0 && (d.charCodeAt(nd - 1) - 48) % 2 !== 0;
  }
  return c >= 53;
}

function roundDown(a: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= a[0].length) return a;
  return [trimZeros(a[0].slice(0, nd)), a[1]];
}

function roundUp(a: Decimal, nd: number): Decimal {
  const d = a[0];
  if (nd < 0 || nd >= d.length) return a;
  for (let i = nd - 1; i >= 0; i--) {
    const c = d.charCodeAt(i);
    if (c < 57) return [d.slice(0, i) + String.fromCharCode(c + 1), a[1]];
  }
  return ['1', a[1] + 1];
}

function round(a: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= a[0].length) return a;
  return shouldRoundUp(a[0], nd) ? roundUp(a, nd) : roundDown(a, nd);
}

function trailingZeros53(m: number): number {
  const lo = m >>> 0;
  if (lo !== 0) return 31 - Math.clz32(lo & -lo);
  const hi = Math.floor(m / 4294967296) >>> 0;
  return 32 + 31 - Math.clz32(hi & -hi);
}

// roundShortest from go1.19 strconv/ftoa.go: the shortest digits in the rounding interval.
function roundShortest(d: Decimal, mant: number, exp: number, mantbits: number, bias: number): Decimal {
  const minexp = bias + 1;
  if (exp > minexp && 332 * (d[1] - d[0].length) >= 100 * (exp - mantbits)) return d;
  const upper = exactDecimal(mant * 2 + 1, exp - mantbits - 1);
  let mantlo: number;
  let explo: number;
  if (mant > 2 ** mantbits || exp === minexp) {
    mantlo = mant - 1;
    explo = exp;
  } else {
    mantlo = mant * 2 - 1;
    explo = exp - 1;
  }
  const lower = exactDecimal(mantlo * 2 + 1, explo - mantbits - 1);
  const inclusive = mant % 2 === 0;
  let upperdelta = 0;
  const [dd, ddp] = d;
  for (let ui = 0; ; ui++) {
    const mi = ui - upper[1] + ddp;
    if (mi >= dd.length) break;
    const li = ui - upper[1] + lower[1];
    const l = li >= 0 && li < lower[0].length ? lower[0].charCodeAt(li) : 48;
    const m = mi >= 0 ? dd.charCodeAt(mi) : 48;
    const u = ui < upper[0].length ? upper[0].charCodeAt(ui) : 48;
    const okdown = l !== m || (inclusive && li + 1 === lower[0].length);
    if (upperdelta === 0 && m + 1 < u) upperdelta = 2;
    else if (upperdelta === 0 && m !== u) upperdelta = 1;
    else if (upperdelta === 1 && (m !== 57 || u !== 48)) upperdelta = 2;
    const okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper[0].length);
    if (okdown && okup) return round(d, mi + 1);
    if (okdown) return roundDown(d, mi + 1);
    if (okup) return roundUp(d, mi + 1);
  }
  return d;
}

/** Parses V8's exponential form "d.ddde±x" into a decimal. */
function parseExp(s: string): Decimal {
  const e = s.indexOf('e');
  const exp = +s.slice(e + 1);
  const digits = s.charCodeAt(1) === 46 ? s[0] + s.slice(2, e) : s.slice(0, e);
  return [trimZeros(digits), exp + 1];
}

/** Whether a ≥ 0 = mant × 2^exp2 lies exactly halfway between two multiples of 10^-k. */
function isHalfway(mant: number, exp2: number, k: number): boolean {
  const tz = trailingZeros53(mant);
  if (tz + exp2 + k + 1 !== 0) return false;
  if (k >= 0) return true;
  if (-k > 22) return false;
  return (mant / 2 ** tz) % 5 ** -k === 0;
}

const HEX_LOWER = '0123456789abcdef';
const HEX_UPPER = '0123456789ABCDEF';

/** strconv.FormatFloat(f, fmt, prec, bitSize) with fmt a byte (char code). */
export function formatFloat(val: number, fmt: number, prec: number, bitSize: number): string {
  let neg: boolean;
  let exp: number;
  let mant: number;
  let mantbits: number;
  let bias: number;
  if (bitSize === 32) {
    const b = float32Bits(val);
    neg = b >>> 31 !== 0;
    exp = (b >>> 23) & 0xff;
    mant = b & 0x7fffff;
    if (exp === 0xff) return mant !== 0 ? 'NaN' : neg ? '-Inf' : '+Inf';
    mantbits = 23;
    bias = -127;
    if (exp === 0) exp++;
    else mant += 0x800000;
  } else if (bitSize === 64) {
    const [lo, hi] = float64Words(val);
    neg = hi >>> 31 !== 0;
    exp = (hi >>> 20) & 0x7ff;
    mant = (hi & 0xfffff) * 4294967296 + lo;
    if (exp === 0x7ff) return mant !== 0 ? 'NaN' : neg ? '-Inf' : '+Inf';
    mantbits = 52;
    bias = -1023;
    if (exp === 0) exp++;
    else mant += 2 ** 52;
  } else {
    throw new Error('strconv: illegal FormatFloat bitSize');
  }
  exp += bias;
  if (bitSize === 32) val = Math.fround(val);

  if (fmt === 98 /* b */) return fmtB(neg, mant, exp - mantbits);
  if (fmt === 120 || fmt === 88 /* x X */) return fmtX(prec, fmt, neg, mant, exp, mantbits);
  if (mant === 0) return fmtEFG(neg, '', 0, prec, fmt, prec < 0);

  const abs = neg ? -val : val;
  const exp2 = exp - mantbits;
  // %v's common case: for 1e-4 <= |v| < 1e6 Go prints the shortest digits in %f form, which
  // is exactly JS's Number-to-String.
  if (fmt === 103 && prec < 0 && bitSize === 64 && abs >= 1e-4 && abs < 1e6) return String(val);
  if (prec < 0) {
    let d: Decimal;
    if (bitSize === 64) d = parseExp(abs.toExponential());
    else d = roundShortest(exactDecimal(mant, exp2), mant, exp, mantbits, bias);
    const nd = d[0].length;
    switch (fmt) {
      case 101:
      case 69:
        prec = Math.max(nd - 1, 0);
        break;
      case 102:
        prec = Math.max(nd - d[1], 0);
        break;
      case 103:
      case 71:
        prec = nd;
        break;
    }
    return fmtEFG(neg, d[0], d[1], prec, fmt, true);
  }

  switch (fmt) {
    case 102 /* f */:
      if (abs < 1e21 && prec <= 100 && !isHalfway(mant, exp2, prec)) {
        const s = abs.toFixed(prec);
        return neg ? '-' + s : s;
      }
      break;
    case 101:
    case 69:
    case 103:
    case 71: {
      let p = fmt === 101 || fmt === 69 ? prec : Math.max(prec, 1) - 1;
      if (p > 100) break;
      const d = parseExp(abs.toExponential(p));
      if (isHalfway(mant, exp2, p - (d[1] - 1))) break;
      if (fmt === 103 || fmt === 71) p = Math.max(prec, 1);
      return fmtEFG(neg, d[0], d[1], p, fmt, false);
    }
  }

  let d = exactDecimal(mant, exp2);
  switch (fmt) {
    case 101:
    case 69:
      d = round(d, prec + 1);
      break;
    case 102:
      d = round(d, d[1] + prec);
      break;
    case 103:
    case 71:
      if (prec === 0) prec = 1;
      d = round(d, prec);
      break;
  }
  return fmtEFG(neg, d[0], d[1], prec, fmt, false);
}

function zeros(n: number): string {
  return n > 0 ? '0'.repeat(n) : '';
}

// fmtEFG from go1.27 internal/strconv/ftoa.go; s holds nd = s.length significant digits.
function fmtEFG(neg: boolean, s: string, dp: number, prec: number, fmt: number, shortest: boolean): string {
  const nd = s.length;
  if (fmt === 103 || fmt === 71) {
    let eprec = prec;
    if (eprec > nd && nd >= dp) eprec = nd;
    if (shortest) eprec = 6;
    const exp = dp - 1;
    if (exp < -4 || exp >= eprec) {
      if (prec > nd) prec = nd;
      prec--;
      fmt = fmt + 101 - 103;
    } else {
      if (prec > dp) prec = nd;
      prec = Math.max(prec - dp, 0);
      fmt = 102;
    }
  }
  let out = neg ? '-' : '';
  switch (fmt) {
    case 101:
    case 69: {
      out += nd !== 0 ? s[0] : '0';
      if (prec > 0) {
        out += '.';
        const m = Math.min(nd, prec + 1);
        if (1 < m) out += s.slice(1, m);
        out += zeros(prec + 1 - Math.max(m, 1));
      }
      out += fmt === 101 ? 'e' : 'E';
      let exp = nd === 0 ? 0 : dp - 1;
      if (exp < 0) {
        out += '-';
        exp = -exp;
      } else {
        out += '+';
      }
      return out + (exp < 10 ? '0' + exp : String(exp));
    }
    case 102: {
      if (dp > 0) {
        const m = Math.min(nd, dp);
        out += s.slice(0, m) + zeros(dp - m);
      } else {
        out += '0';
      }
      if (prec > 0) {
        out += '.';
        const lz = Math.min(prec, Math.max(0, -dp));
        const off = dp + lz;
        const m = Math.min(prec - lz, Math.max(0, nd - off));
        out += zeros(lz) + s.slice(off, off + m) + zeros(prec - lz - m);
      }
      return out;
    }
  }
  return out + '%' + String.fromCharCode(fmt);
}

function fmtB(neg: boolean, mant: number, exp: number): string {
  return (neg ? '-' : '') + mant + 'p' + (exp >= 0 ? '+' : '') + exp;
}

function fmtX(prec: number, fmt: number, neg: boolean, mant0: number, exp: number, mantbits: number): string {
  let mant = BigInt(mant0);
  if (mant === 0n) exp = 0;
  mant <<= BigInt(60 - mantbits);
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & ((1n << 60n) - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = fmt === 88 ? HEX_UPPER : HEX_LOWER;
  let out = (neg ? '-' : '') + '0' + String.fromCharCode(fmt) + ((mant >> 60n) & 1n ? '1' : '0');
  const mask = (1n << 64n) - 1n;
  mant = (mant << 4n) & mask;
  if (prec < 0 && mant !== 0n) {
    out += '.';
    while (mant !== 0n) {
      out += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & mask;
    }
  } else if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) {
      out += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & mask;
    }
  }
  out += fmt === 120 ? 'p' : 'P';
  if (exp < 0) {
    out += '-';
    exp = -exp;
  } else {
    out += '+';
  }
  return out + (exp < 10 ? '0' + exp : String(exp));
}
