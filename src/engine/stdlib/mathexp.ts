/* eslint-disable no-loss-of-precision -- Go's constants are kept digit for digit as Go writes them;
   JS parses each literal to the nearest double, exactly as Go's compiler does. */

// Package math's exponentials and logarithms, following go1.27 math on amd64: Exp (exp_amd64.s,
// FMA path), Log (log_amd64.s) and Hypot (hypot_amd64.s) follow the assembly; Pow, Log2, Log10,
// Cbrt, Expm1, Exp2, Log1p, the hyperbolics and Pow10 follow their pure-Go files operation by
// operation (Go does not fuse multiply-adds on amd64).

import { float64FromWords, float64Words } from './ftoa.ts';
import { addExp, bitsOf, fma, frexp, fromBits, ldexp, modf, rint, signbit } from './mathbase.ts';

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

