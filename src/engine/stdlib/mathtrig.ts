/* eslint-disable no-loss-of-precision -- Go's constants are kept digit for digit as Go writes them;
   JS parses each literal to the nearest double, exactly as Go's compiler does. */

// Package math's trigonometry, following go1.27 math/sin.go, tan.go, trig_reduce.go, atan.go,
// asin.go and atan2.go (pure Go on amd64) operation by operation.

import { float64FromWords, float64Words } from './ftoa.ts';
import { copysign, signbit } from './mathbase.ts';

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

