// Package math, following go1.27 src/math as it runs on amd64 (the reference machine of the
// goldens): Exp, Log and Hypot follow the amd64 assembly (exp_amd64.s with its FMA path,
// log_amd64.s, hypot_amd64.s); Sin, Cos, Tan, Atan, Asin, Acos, Atan2, Pow, Log2, Log10,
// Frexp, Ldexp, Modf, Round, RoundToEven, Max, Min, Nextafter follow the pure-Go files of the
// same names. Sqrt, Floor, Ceil, Trunc, Abs and Mod are exact operations, so JS's Math.sqrt,
// Math.floor, Math.ceil, Math.trunc, Math.abs and % give the same bits. FMA is computed
// exactly with BigInt. NaN payloads are not kept (the value contract): Float64bits of any NaN
// is 0x7FF8000000000001, the bits of math.NaN().
// Cbrt, Exp2, Expm1, Log1p, the hyperbolics and Pow10 follow their pure-Go files.
// Remainder, Logb, Ilogb likewise; Sincos is Sin and Cos (go1.27 sincos.go computes the same
// octant, polynomials and signs). Left out: Gamma, Lgamma, Erf*, J0/J1/Jn/Y*.

/* eslint-disable no-loss-of-precision -- Go's constants are kept digit for digit as Go writes them;
   JS parses each literal to the nearest double, exactly as Go's compiler does. */

import { float32Bits, float32FromBits, float64FromWords, float64Words } from './ftoa.ts';
import type { StdlibModule } from './module.ts';
import { mathConstDecls } from './tables/mathconst.ts';

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

function signbit(x: number): boolean {
  return x < 0 || Object.is(x, -0) || (x !== x && false);
}

function copysign(f: number, sign: number): number {
  const neg = sign < 0 || Object.is(sign, -0) || (sign !== sign && float64Words(sign)[1] >>> 31 === 1);
  const a = Math.abs(f);
  return neg ? -a : a;
}

// normalize from go1.27 math/bits.go: x with |x| < 2^-1022 scaled to a normal number.
function frexp(f: number): [number, number] {
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

function ldexp(frac: number, exp: number): number {
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

function modf(f: number): [number, number] {
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
function rint(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
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

// ---- exp_amd64.s (FMA path), log_amd64.s, hypot_amd64.s ----

const LN2U = 0.69314718055966295651160180568695068359375;
const LN2L = 0.28235290563031577122588448175013436025525412068e-12;
const LOG2E = 1.442695040888963407359924681001892;
const EXP_C = [0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2, 8.3333333333333333333e-3, 1.3888888888888888889e-3, 1.9841269841269841270e-4, 2.4801587301587301587e-5];

/** Whether Exp uses the FMA path (amd64 with AVX and FMA, like the golden machine). */
export const expUseFMA = { on: true };

export function exp(x: number): number {
  if (!(Math.abs(x) < Infinity)) return x === -Infinity ? 0 : x;
  if (x > 7.09782712893384e2) return Infinity;
  let bx = rint(LOG2E * x);
  if (!(bx >= -2147483648 && bx <= 2147483647)) bx = -2147483648;
  const k = bx;
  let x0: number;
  let x1: number;
  if (expUseFMA.on) {
    x0 = fma(-k, LN2U, x);
    x0 = fma(-k, LN2L, x0);
    x0 *= 0.0625;
    x1 = EXP_C[8]!;
    x1 = fma(x1, x0, EXP_C[7]!);
    x1 = fma(x1, x0, EXP_C[6]!);
    x1 = fma(x1, x0, EXP_C[5]!);
    x1 = fma(x1, x0, EXP_C[4]!);
    x1 = fma(x1, x0, EXP_C[3]!);
    x1 = fma(x1, x0, EXP_C[0]!);
    x1 = fma(x1, x0, EXP_C[1]!);
    x0 *= x1;
    x1 = x0 + 2;
    x0 *= x1;
    x1 = x0 + 2;
    x0 *= x1;
    x1 = x0 + 2;
    x0 *= x1;
    x1 = x0 + 2;
    x0 = fma(x0, x1, 1);
  } else {
    x0 = x - k * LN2U;
    x0 -= k * LN2L;
    x0 *= 0.0625;
    x1 = EXP_C[8]! * x0;
    x1 = (x1 + EXP_C[7]!) * x0;
    x1 = (x1 + EXP_C[6]!) * x0;
    x1 = (x1 + EXP_C[5]!) * x0;
    x1 = (x1 + EXP_C[4]!) * x0;
    x1 = (x1 + EXP_C[3]!) * x0;
    x1 = (x1 + EXP_C[0]!) * x0;
    x1 = x1 + EXP_C[1]!;
    x0 *= x1;
    for (let i = 0; i < 4; i++) {
      x1 = 2 + x0;
      x0 *= x1;
    }
    x0 += 1;
  }
  let b = bx + 0x3ff;
  if (b <= 0) {
    if (b < -52) return 0;
    b += 0x3fe;
    x0 *= float64FromWords(0, b << 20);
    b = 1;
  } else if (b >= 0x7ff) {
    return Infinity;
  }
  return x0 * float64FromWords(0, b << 20);
}

const L1 = 6.666666666666735130e-1;
const L2 = 3.999999999940941908e-1;
const L3 = 2.857142874366239149e-1;
const L4 = 2.222219843214978396e-1;
const L5 = 1.818357216161805012e-1;
const L6 = 1.531383769920937332e-1;
const L7 = 1.479819860511658591e-1;
const Ln2Hi = 6.93147180369123816490e-1;
const Ln2Lo = 1.90821492927058770002e-10;
const HSqrt2 = 7.07106781186547524401e-1;

export function log(x: number): number {
  const [lo, hi] = float64Words(x);
  if ((hi & 0x7fffffff) === 0 && lo === 0) return -Infinity;
  if (hi >>> 31) return NaN;
  if (hi >= 0x7ff00000) return x;
  // f1, k from the bits (subnormals are not normalised, as in the assembly)
  let f1 = float64FromWords(lo, (hi & 0xfffff) | 0x3fe00000);
  let k = ((hi >>> 20) & 0x7ff) - 0x3fe;
  if (!(HSqrt2 < f1)) {
    k -= 1;
    f1 *= 2;
  }
  const f = f1 - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
  const t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
  const R = t1 + t2;
  const hfsq = 0.5 * f * f;
  return k * Ln2Hi - (hfsq - (s * (hfsq + R) + k * Ln2Lo) - f);
}

export function hypot(p: number, q: number): number {
  p = Math.abs(p);
  q = Math.abs(q);
  if (!(p < Infinity) || !(q < Infinity)) return p === Infinity || q === Infinity ? Infinity : NaN;
  if (p === 0 && q === 0) return 0;
  const x0 = p > q ? p : q;
  let x1 = p > q ? q : p;
  x1 = x1 / x0;
  x1 = x1 * x1 + 1;
  return x0 * Math.sqrt(x1);
}

// ---- pure Go: sin.go, tan.go, trig_reduce.go ----

const PI4A = 7.85398125648498535156e-1;
const PI4B = 3.77489470793079817668e-8;
const PI4C = 2.69515142907905952645e-15;
const FOUR_OVER_PI = 1.2732395447351628; // 4/Pi as Go's constant arithmetic rounds it
const reduceThreshold = 2 ** 29;
const _sin = [1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6, -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1];
const _cos = [-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7, 2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2];

let mPi4: bigint | undefined;
// 4/π as a fixed-point number with 64×19 fraction bits (the bits of Go's mPi4 table),
// computed once from Machin's formula π = 16·atan(1/5) − 4·atan(1/239).
function fourOverPiBits(): bigint {
  if (mPi4 !== undefined) return mPi4;
  const P = 64n * 19n + 128n;
  const one = 1n << P;
  const atanInv = (n: bigint): bigint => {
    let sum = 0n;
    let term = one / n;
    const n2 = n * n;
    for (let k = 1n; term !== 0n; k += 2n) {
      sum += ((k / 2n) % 2n === 0n ? 1n : -1n) * (term / k);
      term /= n2;
    }
    return sum;
  };
  const pi = 16n * atanInv(5n) - 4n * atanInv(239n);
  mPi4 = ((4n << (2n * P)) / pi) >> 128n; // 4/π × 2^(64×19)
  return mPi4;
}

function trigReduce(x: number): [number, number] {
  const PI4 = Math.PI / 4;
  if (x < PI4) return [0, x];
  const [lo, hi] = float64Words(x);
  const exp = ((hi >>> 20) & 0x7ff) - 1023 - 52;
  const ix = ((BigInt(hi & 0xfffff) | 0x100000n) << 32n) | BigInt(lo);
  // z = the 192 bits of 4/π starting at bit exp+61 of the table (digit 0 = integer part)
  const M = fourOverPiBits();
  const total = 64 * 20;
  const start = exp + 61; // bit offset from the top of the 20-word table
  const z = (M >> BigInt(total - start - 192)) & ((1n << 192n) - 1n);
  const z0 = z >> 128n;
  const z1 = (z >> 64n) & 0xffffffffffffffffn;
  const z2 = z & 0xffffffffffffffffn;
  const M64 = 0xffffffffffffffffn;
  const z2hi = (z2 * ix) >> 64n;
  const z1p = z1 * ix;
  const z1hi = z1p >> 64n;
  const z1lo = z1p & M64;
  const z0lo = (z0 * ix) & M64;
  const lo1 = z1lo + z2hi;
  const c = lo1 >> 64n;
  const lo64 = lo1 & M64;
  let hi64 = (z0lo + z1hi + c) & M64;
  let j = Number(hi64 >> 61n);
  hi64 = ((hi64 << 3n) | (lo64 >> 61n)) & M64;
  const lz = 64 - hi64.toString(2).length;
  const e = BigInt(1023 - (lz + 1));
  hi64 = ((hi64 << BigInt(lz + 1)) | (lo64 >> BigInt(64 - (lz + 1)))) & M64;
  hi64 >>= 64n - 52n;
  hi64 |= e << 52n;
  let zf = float64FromWords(Number(hi64 & 0xffffffffn), Number(hi64 >> 32n));
  if (j & 1) {
    j = (j + 1) & 7;
    zf--;
  }
  return [j, zf * PI4];
}

function reduce(x: number): [number, number] {
  if (x >= reduceThreshold) return trigReduce(x);
  let j = Math.trunc(x * FOUR_OVER_PI);
  let y = j;
  if (j % 2 === 1) {
    j++;
    y++;
  }
  j &= 7;
  return [j, x - y * PI4A - y * PI4B - y * PI4C];
}

function sinPoly(z: number, zz: number): number {
  return z + z * zz * (((((_sin[0]! * zz + _sin[1]!) * zz + _sin[2]!) * zz + _sin[3]!) * zz + _sin[4]!) * zz + _sin[5]!);
}

function cosPoly(zz: number): number {
  return 1.0 - 0.5 * zz + zz * zz * (((((_cos[0]! * zz + _cos[1]!) * zz + _cos[2]!) * zz + _cos[3]!) * zz + _cos[4]!) * zz + _cos[5]!);
}

export function sin(x: number): number {
  if (x === 0 || x !== x) return x;
  if (!Number.isFinite(x)) return NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  const r = reduce(x);
  let j = r[0];
  const z = r[1];
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  const zz = z * z;
  const y = j === 1 || j === 2 ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  let sign = false;
  x = Math.abs(x);
  const r = reduce(x);
  let j = r[0];
  const z = r[1];
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  const zz = z * z;
  const y = j === 1 || j === 2 ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

const _tanP = [-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7];
const _tanQ = [1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7, -5.38695755929454629881e7];

export function tan(x: number): number {
  if (x === 0 || x !== x) return x;
  if (!Number.isFinite(x)) return NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let j: number;
  let z: number;
  if (x >= reduceThreshold) {
    [j, z] = trigReduce(x);
  } else {
    j = Math.trunc(x * FOUR_OVER_PI);
    let y = j;
    if (j % 2 === 1) {
      j++;
      y++;
    }
    z = x - y * PI4A - y * PI4B - y * PI4C;
  }
  const zz = z * z;
  let y: number;
  if (zz > 1e-14) {
    y = z + z * ((zz * ((_tanP[0]! * zz + _tanP[1]!) * zz + _tanP[2]!)) / ((((zz + _tanQ[1]!) * zz + _tanQ[2]!) * zz + _tanQ[3]!) * zz + _tanQ[4]!));
  } else {
    y = z;
  }
  if (j & 2) y = -1 / y;
  return sign ? -y : y;
}

// ---- atan.go, asin.go, atan2.go ----

function xatan(x: number): number {
  const P0 = -8.750608600031904122785e-1;
  const P1 = -1.615753718733365076637e1;
  const P2 = -7.500855792314704667340e1;
  const P3 = -1.228866684490136173410e2;
  const P4 = -6.485021904942025371773e1;
  const Q0 = 2.485846490142306297962e1;
  const Q1 = 1.650270098316988542046e2;
  const Q2 = 4.328810604912902668951e2;
  const Q3 = 4.853903996359136964868e2;
  const Q4 = 1.945506571482613964425e2;
  let z = x * x;
  z = (z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4)) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

function satan(x: number): number {
  const Morebits = 6.123233995736765886130e-17;
  const Tan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > Tan3pio8) return Math.PI / 2 - xatan(1 / x) + Morebits;
  return Math.PI / 4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

export function atan(x: number): number {
  if (x === 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

export function asin(x: number): number {
  if (x === 0) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return NaN;
  let temp = Math.sqrt(1 - x * x);
  if (x > 0.7) temp = Math.PI / 2 - satan(temp / x);
  else temp = satan(x / temp);
  return sign ? -temp : temp;
}

export function acos(x: number): number {
  return Math.PI / 2 - asin(x);
}

const THREE_PI_4 = 2.356194490192345; // 3*Pi/4 as Go's constant arithmetic rounds it

export function atan2(y: number, x: number): number {
  if (y !== y || x !== x) return NaN;
  if (y === 0) return x >= 0 && !signbit(x) ? copysign(0, y) : copysign(Math.PI, y);
  if (x === 0) return copysign(Math.PI / 2, y);
  if (!Number.isFinite(x)) {
    if (x === Infinity) return !Number.isFinite(y) ? copysign(Math.PI / 4, y) : copysign(0, y);
    return !Number.isFinite(y) ? copysign(THREE_PI_4, y) : copysign(Math.PI, y);
  }
  if (!Number.isFinite(y)) return copysign(Math.PI / 2, y);
  const q = atan(y / x);
  if (x < 0) return q <= 0 ? q + Math.PI : q - Math.PI;
  return q;
}

// ---- pow.go, log10.go ----

function isOddInt(x: number): boolean {
  if (Math.abs(x) >= 2 ** 53) return false;
  const [xi, xf] = modf(x);
  return xf === 0 && Math.abs(xi) % 2 === 1;
}

export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (x !== x || y !== y) return NaN;
  if (x === 0) {
    if (y < 0) return signbit(x) && isOddInt(y) ? -Infinity : Infinity;
    if (y > 0) return signbit(x) && isOddInt(y) ? x : 0;
  }
  if (!Number.isFinite(y)) {
    if (x === -1) return 1;
    if ((Math.abs(x) < 1) === (y === Infinity)) return 0;
    return Infinity;
  }
  if (!Number.isFinite(x)) {
    if (x === -Infinity) return pow(1 / x, -y);
    if (y < 0) return 0;
    if (y > 0) return Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  let [yi, yf] = modf(Math.abs(y));
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 2 ** 63) {
    if (x === -1) return 1;
    if ((Math.abs(x) < 1) === y > 0) return 0;
    return Infinity;
  }
  let a1 = 1.0;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  let [x1, xe] = frexp(x);
  if (yi <= Number.MAX_SAFE_INTEGER) {
    for (let i = yi; i !== 0; i = Math.floor(i / 2)) {
      if (xe < -(1 << 12) || 1 << 12 < xe) {
        ae += xe;
        break;
      }
      if (i % 2 === 1) {
        a1 *= x1;
        ae += xe;
      }
      x1 *= x1;
      xe <<= 1;
      if (x1 < 0.5) {
        x1 += x1;
        xe--;
      }
    }
  } else {
    for (let i = BigInt(yi); i !== 0n; i >>= 1n) {
      if (xe < -(1 << 12) || 1 << 12 < xe) {
        ae += xe;
        break;
      }
      if ((i & 1n) === 1n) {
        a1 *= x1;
        ae += xe;
      }
      x1 *= x1;
      xe *= 2;
      if (x1 < 0.5) {
        x1 += x1;
        xe--;
      }
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

export function log10(x: number): number {
  return log(x) * Math.LOG10E;
}

export function log2(x: number): number {
  const [frac, e] = frexp(x);
  if (frac === 0.5) return e - 1;
  return log(frac) * Math.LOG2E + e;
}

// ---- cbrt.go, expm1.go, log1p.go, sinh.go, tanh.go, asinh.go, acosh.go, atanh.go, exp.go (exp2), pow10.go ----

function bitsOf(x: number): bigint {
  const [lo, hi] = float64Words(x);
  return (BigInt(hi) << 32n) | BigInt(lo);
}

function fromBits(b: bigint): number {
  b = BigInt.asUintN(64, b);
  return float64FromWords(Number(b & 0xffffffffn), Number(b >> 32n));
}

/** Adds k to the binary exponent field of y (Go: Float64frombits(Float64bits(y) + uint64(k)<<52)). */
function addExp(y: number, k: number): number {
  const [lo, hi] = float64Words(y);
  return float64FromWords(lo, (hi + k * 1048576) >>> 0);
}

export function cbrt(x: number): number {
  const B1 = 715094163;
  const B2 = 696219795;
  const C = 5.42857142857142815906e-1;
  const D = -7.05306122448979611050e-1;
  const E = 1.41428571428571436819e0;
  const F = 1.60714285714285720630e0;
  const G = 3.57142857142857150787e-1;
  const SmallestNormal = 2.22507385850720138309e-308;
  if (x === 0 || x !== x || !Number.isFinite(x)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let t = fromBits(bitsOf(x) / 3n + (BigInt(B1) << 32n));
  if (x < SmallestNormal) {
    t = 2 ** 54;
    t *= x;
    t = fromBits(bitsOf(t) / 3n + (BigInt(B2) << 32n));
  }
  let r = (t * t) / x;
  let s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = fromBits((bitsOf(t) & (0xffffffffcn << 28n)) + (1n << 30n));
  s = t * t;
  r = x / s;
  const w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

export function expm1(x: number): number {
  const Othreshold = 7.09782712893383973096e2;
  const Ln2X56 = 3.88162421113569373274e1;
  const Ln2HalfX3 = 1.03972077083991796413e0;
  const Ln2Half = 3.46573590279972654709e-1;
  const InvLn2 = 1.44269504088896338700e0;
  const Tiny = 1.0 / 2 ** 54;
  const Q1 = -3.33333333333331316428e-2;
  const Q2 = 1.58730158725481460165e-3;
  const Q3 = -7.93650757867487942473e-5;
  const Q4 = 4.00821782732936239552e-6;
  const Q5 = -2.01099218183624371326e-7;
  if (x === Infinity || x !== x) return x;
  if (x === -Infinity) return -1;
  let absx = x;
  let sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= Ln2X56) {
    if (sign) return -1;
    if (absx >= Othreshold) return Infinity;
  }
  let c = 0;
  let k: number;
  if (absx > Ln2Half) {
    let hi: number;
    let lo: number;
    if (absx < Ln2HalfX3) {
      if (!sign) {
        hi = x - Ln2Hi;
        lo = Ln2Lo;
        k = 1;
      } else {
        hi = x + Ln2Hi;
        lo = -Ln2Lo;
        k = -1;
      }
    } else {
      k = Math.trunc(!sign ? InvLn2 * x + 0.5 : InvLn2 * x - 0.5);
      const t = k;
      hi = x - t * Ln2Hi;
      lo = t * Ln2Lo;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (absx < Tiny) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    let y = 1 - (e - x);
    y = addExp(y, k);
    return y - 1;
  }
  if (k < 20) {
    t = fromBits(0x3ff0000000000000n - (0x20000000000000n >> BigInt(k)));
    let y = t - (e - x);
    y = addExp(y, k);
    return y;
  }
  t = float64FromWords(0, (0x3ff - k) << 20);
  let y = x - (e + t);
  y++;
  return addExp(y, k);
}

export function log1p(x: number): number {
  const Sqrt2M1 = 4.142135623730950488017e-1;
  const Sqrt2HalfM1 = -2.928932188134524755992e-1;
  const Small = 1.0 / 2 ** 29;
  const Tiny = 1.0 / 2 ** 54;
  const Two53 = 2 ** 53;
  const Lp1 = 6.666666666666735130e-1;
  const Lp2 = 3.999999999940941908e-1;
  const Lp3 = 2.857142874366239149e-1;
  const Lp4 = 2.222219843214978396e-1;
  const Lp5 = 1.818357216161805012e-1;
  const Lp6 = 1.531383769920937332e-1;
  const Lp7 = 1.479819860511658591e-1;
  if (x < -1 || x !== x) return NaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return Infinity;
  const absx = Math.abs(x);
  let f = 0;
  let iu = 0n;
  let k = 1;
  if (absx < Sqrt2M1) {
    if (absx < Small) {
      if (absx < Tiny) return x;
      return x - x * x * 0.5;
    }
    if (x > Sqrt2HalfM1) {
      k = 0;
      f = x;
      iu = 1n;
    }
  }
  let c = 0;
  if (k !== 0) {
    let u: number;
    if (absx < Two53) {
      u = 1.0 + x;
      iu = bitsOf(u);
      k = Number(iu >> 52n) - 1023;
      if (k > 0) c = 1.0 - (u - x);
      else c = x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      iu = bitsOf(u);
      k = Number(iu >> 52n) - 1023;
      c = 0;
    }
    iu &= 0x000fffffffffffffn;
    if (iu < 0x0006a09e667f3bcdn) {
      u = fromBits(iu | 0x3ff0000000000000n);
    } else {
      k++;
      u = fromBits(iu | 0x3fe0000000000000n);
      iu = (0x0010000000000000n - iu) >> 2n;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  let R: number;
  if (iu === 0n) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * Ln2Lo;
      return k * Ln2Hi + c;
    }
    R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * Ln2Hi - (R - (k * Ln2Lo + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * Ln2Hi - (hfsq - (s * (hfsq + R) + (k * Ln2Lo + c)) - f);
}

export function sinh(x: number): number {
  const P0 = -0.6307673640497716991184787251e6;
  const P1 = -0.8991272022039509355398013511e5;
  const P2 = -0.2894211355989563807284660366e4;
  const P3 = -0.2630563213397497062819489e2;
  const Q0 = -0.6307673640497716991212077277e6;
  const Q1 = 0.1521517378790019070696485176e5;
  const Q2 = -0.173678953558233699533450911e3;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x > 21) temp = exp(x) * 0.5;
  else if (x > 0.5) {
    const ex = exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    const sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

export function cosh(x: number): number {
  x = Math.abs(x);
  if (x > 21) return exp(x) * 0.5;
  const ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

const tanhP = [-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3];
const tanhQ = [1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3];

export function tanh(x: number): number {
  const MAXLOG = 8.8029691931113054295988e1;
  let z = Math.abs(x);
  if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    const s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x === 0) return x;
  const s = x * x;
  return x + (x * s * ((tanhP[0]! * s + tanhP[1]!) * s + tanhP[2]!)) / (((s + tanhQ[0]!) * s + tanhQ[1]!) * s + tanhQ[2]!);
}

export function asinh(x: number): number {
  const Ln2c = 6.93147180559945286227e-1;
  const NearZero = 1.0 / 2 ** 28;
  const Large = 2 ** 28;
  if (x !== x || !Number.isFinite(x)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x > Large) temp = log(x) + Ln2c;
  else if (x > 2) temp = log(2 * x + 1 / (Math.sqrt(x * x + 1) + x));
  else if (x < NearZero) temp = x;
  else temp = log1p(x + (x * x) / (1 + Math.sqrt(1 + x * x)));
  return sign ? -temp : temp;
}

export function acosh(x: number): number {
  const Large = 2 ** 28;
  if (x < 1 || x !== x) return NaN;
  if (x === 1) return 0;
  if (x >= Large) return log(x) + Math.LN2;
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}

export function atanh(x: number): number {
  const NearZero = 1.0 / 2 ** 28;
  if (x < -1 || x > 1 || x !== x) return NaN;
  if (x === 1) return Infinity;
  if (x === -1) return -Infinity;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x < NearZero) temp = x;
  else if (x < 0.5) {
    temp = x + x;
    temp = 0.5 * log1p(temp + (temp * x) / (1 - x));
  } else {
    temp = 0.5 * log1p((x + x) / (1 - x));
  }
  return sign ? -temp : temp;
}

function expmulti(hi: number, lo: number, k: number): number {
  const P1 = 1.66666666666666657415e-1;
  const P2 = -2.77777777770155933842e-3;
  const P3 = 6.61375632143793436117e-5;
  const P4 = -1.65339022054652515390e-6;
  const P5 = 4.13813679705723846039e-8;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return ldexp(y, k);
}

export function exp2(x: number): number {
  if (x !== x) return x;
  if (x > 1.0239999999999999e3) return Infinity;
  if (x < -1.074e3) return 0;
  let k = 0;
  if (x > 0) k = Math.trunc(x + 0.5);
  else if (x < 0) k = Math.trunc(x - 0.5);
  const t = x - k;
  const hi = t * Ln2Hi;
  const lo = -t * Ln2Lo;
  return expmulti(hi, lo, k);
}

const pow10tab: number[] = [];
for (let i = 0; i < 32; i++) pow10tab.push(Number('1e' + i));
const pow10postab32 = [1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288];
const pow10negtab32 = [1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320];

export function pow10(n: number): number {
  if (0 <= n && n <= 308) return pow10postab32[Math.floor(n / 32)]! * pow10tab[n % 32]!;
  if (-323 <= n && n <= 0) return pow10negtab32[Math.floor(-n / 32)]! / pow10tab[-n % 32]!;
  return n > 0 ? Infinity : 0;
}

// ---- remainder.go, logb.go ----

export function remainder(x: number, y: number): number {
  const Tiny = 4.45014771701440276618e-308;
  const HalfMax = Number.MAX_VALUE / 2;
  if (x !== x || y !== y || !Number.isFinite(x) || y === 0) return NaN;
  if (!Number.isFinite(y)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (y < 0) y = -y;
  if (x === y) return sign ? -0 : 0;
  if (y <= HalfMax) x = x % (y + y);
  if (y < Tiny) {
    if (x + x > y) {
      x -= y;
      if (x + x >= y) x -= y;
    }
  } else {
    const yHalf = 0.5 * y;
    if (x > yHalf) {
      x -= y;
      if (x >= yHalf) x -= y;
    }
  }
  return sign ? -x : x;
}

function ilogb(x: number): number {
  let e = 0;
  if (Math.abs(x) < 2.2250738585072014e-308) {
    x *= 2 ** 52;
    e = -52;
  }
  return ((float64Words(x)[1] >>> 20) & 0x7ff) - 1023 + e;
}

export function logb(x: number): number {
  if (x === 0) return -Infinity;
  if (x !== x) return x;
  if (!Number.isFinite(x)) return Infinity;
  return ilogb(x);
}

export function ilogbGo(x: number): number {
  if (x === 0) return -2147483648;
  if (x !== x || !Number.isFinite(x)) return 2147483647;
  return ilogb(x);
}

// ---- floor.go, dim.go, bits.go, nextafter.go ----

export function round(x: number): number {
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + (x < 0 ? -1 : 1);
  return t;
}

export function roundToEven(x: number): number {
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  if (d > 0.5 || (d === 0.5 && t % 2 !== 0)) return t + (x < 0 ? -1 : 1);
  return t;
}

export function max(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  if (x === 0 && x === y) return signbit(x) ? y : x;
  return x > y ? x : y;
}

export function min(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  if (x !== x || y !== y) return NaN;
  if (x === 0 && x === y) return signbit(x) ? x : y;
  return x < y ? x : y;
}

export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return x;
  if (x === 0) return copysign(5e-324, y);
  const [lo, hi] = float64Words(x);
  const up = y > x === x > 0;
  const b = (BigInt(hi) << 32n) | BigInt(lo);
  const nb = up ? b + 1n : b - 1n;
  return float64FromWords(Number(nb & 0xffffffffn), Number(nb >> 32n));
}

export function nextafter32(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return x;
  if (x === 0) return copysign(float32FromBits(1), y);
  const b = float32Bits(x);
  return float32FromBits(y > x === x > 0 ? b + 1 : b - 1);
}

const goSource = `package math

${mathConstDecls}

const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func Abs(x float64) float64
func Ceil(x float64) float64
func Floor(x float64) float64
func Trunc(x float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Sqrt(x float64) float64
func Cbrt(x float64) float64
func Expm1(x float64) float64
func Exp2(x float64) float64
func Log1p(x float64) float64
func Sinh(x float64) float64
func Cosh(x float64) float64
func Tanh(x float64) float64
func Asinh(x float64) float64
func Acosh(x float64) float64
func Atanh(x float64) float64
func Pow10(n int) float64
func Remainder(x, y float64) float64
func Logb(x float64) float64
func Ilogb(x float64) int

func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }
func Pow(x, y float64) float64
func Exp(x float64) float64
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Asin(x float64) float64
func Acos(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Hypot(p, q float64) float64
func Mod(x, y float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Dim(x, y float64) float64
func FMA(x, y, z float64) float64
func Copysign(f, sign float64) float64
func Signbit(x float64) bool
func Inf(sign int) float64
func NaN() float64
func IsNaN(f float64) (is bool)
func IsInf(f float64, sign int) bool
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
func Nextafter(x, y float64) (r float64)
func Nextafter32(x, y float32) (r float32)
func Ldexp(frac float64, exp int) float64
func frexp(f float64) (float64, int)
func modf(f float64) (float64, float64)

func Frexp(f float64) (frac float64, exp int) { return frexp(f) }

func Modf(f float64) (integer float64, fractional float64) { return modf(f) }
`;

export const mathModule: StdlibModule = {
  path: 'math',
  goSource,
  natives: {
    Abs: Math.abs,
    Ceil: Math.ceil,
    Floor: Math.floor,
    Trunc: Math.trunc,
    Round: round,
    RoundToEven: roundToEven,
    Sqrt: Math.sqrt,
    Cbrt: cbrt,
    Expm1: expm1,
    Exp2: exp2,
    Log1p: log1p,
    Sinh: sinh,
    Cosh: cosh,
    Tanh: tanh,
    Asinh: asinh,
    Acosh: acosh,
    Atanh: atanh,
    Remainder: remainder,
    Logb: logb,
    Ilogb: ilogbGo,
    Pow10: (n: number | bigint) => pow10(typeof n === 'bigint' ? (n > 0n ? 1e9 : -1e9) : n),
    Pow: pow,
    Exp: exp,
    Log: log,
    Log2: log2,
    Log10: log10,
    Sin: sin,
    Cos: cos,
    Tan: tan,
    Asin: asin,
    Acos: acos,
    Atan: atan,
    Atan2: atan2,
    Hypot: hypot,
    Mod: (x: number, y: number) => x % y,
    Max: max,
    Min: min,
    Dim: (x: number, y: number) => {
      const v = x - y;
      return v <= 0 ? 0 : v;
    },
    FMA: fma,
    Copysign: copysign,
    Signbit: (x: number) => signbit(x),
    Inf: (sign: number | bigint) => (sign >= 0 ? Infinity : -Infinity),
    NaN: () => NaN,
    IsNaN: (f: number) => f !== f,
    IsInf: (f: number, sign: number | bigint) => (sign >= 0 && f === Infinity) || (sign <= 0 && f === -Infinity),
    Float64bits: float64bits,
    Float64frombits: float64frombits,
    Float32bits: float32Bits,
    Float32frombits: float32FromBits,
    Nextafter: nextafter,
    Nextafter32: nextafter32,
    Ldexp: (frac: number, e: number | bigint) => ldexp(frac, typeof e === 'bigint' ? (e < 0n ? -1e9 : 1e9) : e),
    frexp,
    modf,
  },
};
