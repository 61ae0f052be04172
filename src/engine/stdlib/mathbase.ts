// Package math's primitives: float64 bits, Frexp/Ldexp/Modf (go1.27 math/frexp.go, ldexp.go,
// modf.go, bits.go), and an exact fused multiply-add (math.FMA, and the FMA instructions of
// go1.27 math/exp_amd64.s). Shared by mathexp.ts, mathtrig.ts and math.ts.

import { float64FromWords, float64Words } from './ftoa.ts';

const TWO32 = 4294967296;

export function float64bits(x: number): number | bigint {
  if (x !== x) return 0x7ff8000000000001n;
  const [lo, hi] = float64Words(x);
  const v = hi * TWO32 + lo;
  return v <= Number.MAX_SAFE_INTEGER ? v : (BigInt(hi) << 32n) | BigInt(lo);
}

export function float64frombits(b: number | bigint): number {
  if (typeof b === 'number') return float64FromWords(b >>> 0, Math.floor(b / TWO32));
  return float64FromWords(Number(b & 0xffffffffn), Number(b >> 32n));
}

/** math.Signbit; a NaN counts as positive (JS numbers do not keep a NaN's sign reliably). */
export function signbit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

export function copysign(f: number, sign: number): number {
  const neg = sign < 0 || Object.is(sign, -0) || (sign !== sign && float64Words(sign)[1] >>> 31 === 1);
  const a = Math.abs(f);
  return neg ? -a : a;
}

// normalize from go1.27 math/bits.go: x with |x| < 2^-1022 scaled to a normal number.
export function frexp(f: number): [number, number] {
  if (f === 0 || !Number.isFinite(f)) return [f, 0];
  let exp = 0;
  if (Math.abs(f) < 2.2250738585072014e-308) {
    f *= 2 ** 52;
    exp = -52;
  }
  const [lo, hi] = float64Words(f);
  exp += ((hi >>> 20) & 0x7ff) - 1023 + 1;
  return [float64FromWords(lo, (hi & 0x800fffff) | (1022 << 20)), exp];
}

export function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  let e = 0;
  if (Math.abs(frac) < 2.2250738585072014e-308) {
    frac *= 2 ** 52;
    e = -52;
  }
  exp += e;
  const [lo, hi] = float64Words(frac);
  exp += ((hi >>> 20) & 0x7ff) - 1023;
  if (exp < -1075) return copysign(0, frac);
  if (exp > 1023) return frac < 0 ? -Infinity : Infinity;
  let m = 1;
  if (exp < -1022) {
    exp += 53;
    m = 2 ** -53;
  }
  return m * float64FromWords(lo, (hi & 0x800fffff) | ((exp + 1023) << 20));
}

export function modf(f: number): [number, number] {
  if (f < 1) {
    if (f < 0) {
      const [i, fr] = modf(-f);
      return [-i, -fr];
    }
    if (f === 0) return [f, f];
    return [0, f];
  }
  const i = Math.trunc(f);
  return [i, f - i];
}

/** Round-half-even to an integer, as CVTSD2SL does in the default rounding mode. */
export function rint(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}


export function bitsOf(x: number): bigint {
  const [lo, hi] = float64Words(x);
  return (BigInt(hi) << 32n) | BigInt(lo);
}

export function fromBits(b: bigint): number {
  b = BigInt.asUintN(64, b);
  return float64FromWords(Number(b & 0xffffffffn), Number(b >> 32n));
}

/** Adds k to the binary exponent field of y (Go: Float64frombits(Float64bits(y) + uint64(k)<<52)). */
export function addExp(y: number, k: number): number {
  const [lo, hi] = float64Words(y);
  return float64FromWords(lo, (hi + k * 1048576) >>> 0);
}


// ---- exact fused multiply-add ----

function decompose(x: number): [bigint, number] {
  // x = m × 2^e exactly, m an integer (signed)
  const [lo, hi] = float64Words(x);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m += 1n << 52n;
    e = bexp - 1075;
  }
  return [hi >>> 31 ? -m : m, e];
}

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

const w64 = new Float64Array(1);
const w32 = new Uint32Array(w64.buffer);
const W_HI = (() => {
  w64[0] = -0;
  return w32[1] === 0x80000000 ? 1 : 0;
})();
const W_LO = 1 - W_HI;

// Error-free transformations (Dekker, Knuth) for the fast FMA path.
const eft = { hi: 0, lo: 0 };

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  eft.hi = s;
  eft.lo = a - (s - bb) + (b - bb);
}

function twoProd(a: number, b: number): void {
  const p = a * b;
  let c = 134217729 * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = 134217729 * b;
  const bh = c - (c - b);
  const bl = b - bh;
  eft.hi = p;
  eft.lo = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** x + y rounded to odd (the sticky rounding of Boldo and Melquiond). */
function addRoundToOdd(x: number, y: number): number {
  twoSum(x, y);
  const s = eft.hi;
  const e = eft.lo;
  if (e === 0) return s;
  w64[0] = s;
  const lo = w32[W_LO]!;
  if (lo & 1) return s;
  // even: move one ulp (in magnitude) toward the exact sum; lo is even, so no carry out
  if (e > 0 === s > 0) w32[W_LO] = lo + 1;
  else if (lo !== 0) w32[W_LO] = lo - 1;
  else {
    w32[W_LO] = 0xffffffff;
    w32[W_HI] = w32[W_HI]! - 1;
  }
  return w64[0]!;
}

/** x*y + z with a single rounding (math.FMA). */
export function fma(x: number, y: number, z: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const az = Math.abs(z);
  const ap = ax * ay;
  if (ax > 2 ** -450 && ax < 2 ** 450 && ay > 2 ** -450 && ay < 2 ** 450 && ap > 2 ** -450 && (az === 0 || (az > 2 ** -450 && az < 2 ** 450))) {
    // Boldo–Melquiond: uh+ul = x*y exactly, th+tl = z+uh exactly, then RN(th + RO(tl+ul)).
    twoProd(x, y);
    const uh = eft.hi;
    const ul = eft.lo;
    twoSum(z, uh);
    const th = eft.hi;
    const tl = eft.lo;
    const r = th + addRoundToOdd(tl, ul);
    if (r !== 0) return r;
  }
  return fmaExact(x, y, z);
}

function fmaExact(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x * y + z;
  if (!Number.isFinite(z)) return z; // a finite exact product cannot cancel an infinity
  if (x === 0 || y === 0) return x * y + z;
  if (z === 0) return x * y; // the exact product is non-zero: its rounding, sign included
  const [mx, ex] = decompose(x);
  const [my, ey] = decompose(y);
  const [mz, ez] = decompose(z);
  const ep = ex + ey;
  const e = Math.min(ep, ez);
  const n = ((mx * my) << BigInt(ep - e)) + (mz << BigInt(ez - e));
  if (n === 0n) return x * y + z; // exact zero: sign as IEEE addition of the rounded terms gives
  const neg = n < 0n;
  const a = neg ? -n : n;
  const bits = bitLength(a);
  const lsb = Math.max(e + bits - 53, -1074);
  let q: bigint;
  if (lsb > e) {
    const sh = BigInt(lsb - e);
    q = a >> sh;
    const rem = a - (q << sh);
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else {
    q = a << BigInt(e - lsb);
  }
  // q × 2^lsb, q ≤ 2^53: scale in two steps to stay exact
  let r = Number(q);
  let s = lsb;
  if (s < -1000) {
    r *= 2 ** -1000;
    s += 1000;
  } else if (s > 1000) {
    r *= 2 ** 1000;
    s -= 1000;
  }
  r *= 2 ** s;
  return neg ? -r : r;
}

