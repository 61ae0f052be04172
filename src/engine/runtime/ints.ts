// 64-bit integer arithmetic over the engine's integer representation (runtime/index.ts):
// int, int64, uint, uint64 and uintptr are JS numbers while the value is a safe integer
// and BigInt otherwise, always normalised. Every helper takes the fast path when both
// operands are numbers and the exact result is safe, and falls back to BigInt arithmetic
// wrapped to 64 bits (Go's two's-complement wrap-around) otherwise.

import { runtimeError } from './panic.ts';

export type I64 = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;
const TWO32 = 4294967296;

/** Normalises a BigInt already wrapped to the type's range. */
export function normBig(b: bigint): I64 {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
export function wrap64(b: bigint): I64 {
  return normBig(BigInt.asIntN(64, b));
}
export function wrapU64(b: bigint): I64 {
  return normBig(BigInt.asUintN(64, b));
}
function big(x: I64): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

export function add64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return wrap64(big(a) + big(b));
}
export function sub64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return wrap64(big(a) - big(b));
}
export function mul64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r === 0 ? 0 : r;
  }
  return wrap64(big(a) * big(b));
}
export function neg64(a: I64): I64 {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return wrap64(-a);
}
export function addU64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX) return r;
  }
  const r = big(a) + big(b);
  return normBig(r > MASK64 ? r - MASK64 - 1n : r);
}
export function subU64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= 0) return r;
  }
  return wrapU64(big(a) - big(b));
}
export function mulU64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX) return r;
  }
  return wrapU64(big(a) * big(b));
}
export function negU64(a: I64): I64 {
  if (a === 0) return 0;
  return wrapU64(-big(a));
}

export function divide0(): never {
  throw runtimeError('integer divide by zero');
}

/** Truncated division of safe integers, exact. */
function tdiv(a: number, b: number): number {
  let q = Math.trunc(a / b);
  const r = a - q * b;
  // a/b may round to the next integer when |a| is near 2^53: correct by one step.
  if (r !== 0 && (r < 0) !== (a < 0)) q += (a < 0) === (b < 0) ? -1 : 1;
  else if (Math.abs(r) >= Math.abs(b)) q += (a < 0) === (b < 0) ? 1 : -1;
  return q === 0 ? 0 : q;
}
export function div64(a: I64, b: I64): I64 {
  if (b === 0) divide0();
  if (typeof a === 'number' && typeof b === 'number') return tdiv(a, b);
  return wrap64(big(a) / big(b));
}
export function rem64(a: I64, b: I64): I64 {
  if (b === 0) divide0();
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  return wrap64(big(a) % big(b));
}
export const divU64 = (a: I64, b: I64): I64 => {
  if (b === 0) divide0();
  if (typeof a === 'number' && typeof b === 'number') return tdiv(a, b);
  return normBig(big(a) / big(b));
};
export const remU64 = (a: I64, b: I64): I64 => {
  if (b === 0) divide0();
  if (typeof a === 'number' && typeof b === 'number') return a % b;
  return normBig(big(a) % big(b));
};

/** Division for 8/16/32-bit kinds (numbers); wrap is applied by the caller. */
export function div32(a: number, b: number): number {
  if (b === 0) divide0();
  const q = Math.trunc(a / b);
  return q === 0 ? 0 : q;
}
export function rem32(a: number, b: number): number {
  if (b === 0) divide0();
  const r = a % b;
  return r === 0 ? 0 : r;
}

function isI32(x: I64): x is number {
  return typeof x === 'number' && (x | 0) === x;
}

function bitop(a: I64, b: I64, op: 0 | 1 | 2 | 3, unsigned: boolean): I64 {
  if (unsigned && (typeof a === 'bigint' || typeof b === 'bigint')) {
    // Both operands are in [0, 2^64): &, |, ^ and &^ stay in range, no wrap needed.
    const x = big(a), y = big(b);
    switch (op) {
      case 0: return normBig(x & y);
      case 1: return x | y; // >= a bigint operand, so never a safe integer
      case 2: return normBig(x ^ y);
      default: return normBig(x & ~y);
    }
  }
  if (isI32(a) && isI32(b)) {
    let r: number;
    switch (op) {
      case 0: r = a & b; break;
      case 1: r = a | b; break;
      case 2: r = a ^ b; break;
      default: r = a & ~b;
    }
    if (!unsigned || r >= 0) return r;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const ah = Math.floor(a / TWO32), al = a >>> 0;
    const bh = Math.floor(b / TWO32), bl = b >>> 0;
    let h: number, l: number;
    switch (op) {
      case 0: h = ah & bh; l = (al & bl) >>> 0; break;
      case 1: h = ah | bh; l = (al | bl) >>> 0; break;
      case 2: h = ah ^ bh; l = (al ^ bl) >>> 0; break;
      default: h = ah & ~bh; l = (al & ~bl) >>> 0;
    }
    const r = h * TWO32 + l;
    if (r <= MAX && r >= -MAX && (!unsigned || r >= 0)) return r;
  }
  const x = big(a), y = big(b);
  let r: bigint;
  switch (op) {
    case 0: r = x & y; break;
    case 1: r = x | y; break;
    case 2: r = x ^ y; break;
    default: r = x & ~y;
  }
  return unsigned ? wrapU64(r) : wrap64(r);
}
export const and64 = (a: I64, b: I64): I64 => bitop(a, b, 0, false);
export const or64 = (a: I64, b: I64): I64 => bitop(a, b, 1, false);
export const xor64 = (a: I64, b: I64): I64 => bitop(a, b, 2, false);
export const andNot64 = (a: I64, b: I64): I64 => bitop(a, b, 3, false);
export const andU64 = (a: I64, b: I64): I64 => bitop(a, b, 0, true);
export const orU64 = (a: I64, b: I64): I64 => bitop(a, b, 1, true);
export const xorU64 = (a: I64, b: I64): I64 => bitop(a, b, 2, true);
export const andNotU64 = (a: I64, b: I64): I64 => bitop(a, b, 3, true);
export function not64(a: I64): I64 {
  if (typeof a === 'number') return -a - 1;
  return wrap64(~a);
}
export function notU64(a: I64): I64 {
  return wrapU64(~big(a));
}

/** Checks a shift count (any integer kind, possibly negative): Go panics on negative counts. */
export function shiftCount(s: I64): number {
  if (s < 0) throw runtimeError('negative shift amount');
  return s > 64 ? 64 : Number(s);
}

export function shl64(a: I64, s: I64): I64 {
  const n = shiftCount(s);
  if (n >= 64) return 0;
  if (typeof a === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (r <= MAX && r >= -MAX) return r;
  }
  return wrap64(big(a) << BigInt(n));
}
const bigShift: bigint[] = Array.from({ length: 65 }, (_, i) => BigInt(i));
const MASK64 = (1n << 64n) - 1n;

export function shlU64(a: I64, s: I64): I64 {
  const n = typeof s === 'number' && s >= 0 && s < 64 ? s : shiftCount(s);
  if (n >= 64) return 0;
  if (typeof a === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (r <= MAX) return r;
  }
  return normBig((big(a) << bigShift[n]) & MASK64);
}
export function shr64(a: I64, s: I64): I64 {
  const n = shiftCount(s);
  if (typeof a === 'number') {
    if (n >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n);
  }
  return wrap64(a >> BigInt(n >= 64 ? 63 : n));
}
export function shrU64(a: I64, s: I64): I64 {
  const n = typeof s === 'number' && s >= 0 && s < 64 ? s : shiftCount(s);
  if (n >= 64) return 0;
  if (typeof a === 'number') return Math.floor(a / 2 ** n);
  return normBig(a >> bigShift[n]);
}

/** Conversions between integer kinds: the value wrapped to the target's bits and signedness. */
export function toInt(x: I64, bits: number, signed: boolean): I64 {
  if (typeof x === 'number') {
    switch (bits) {
      case 8: return signed ? (x << 24) >> 24 : x & 0xff;
      case 16: return signed ? (x << 16) >> 16 : x & 0xffff;
      case 32: return signed ? x | 0 : x >>> 0;
      default: return signed || x >= 0 ? x : wrapU64(BigInt(x));
    }
  }
  if (bits === 64) return signed ? wrap64(x) : wrapU64(x);
  return Number(signed ? BigInt.asIntN(bits, x) : BigInt.asUintN(bits, x));
}

/** float → integer conversion (truncation). Out-of-range results follow amd64's CVTTSD2SQ. */
export function floatToInt(f: number, bits: number, signed: boolean): I64 {
  if (Number.isNaN(f) || !Number.isFinite(f)) return bits === 64 ? (signed ? -9223372036854775808n : 9223372036854775808n) : toInt(-9223372036854775808n, bits, signed);
  const t = Math.trunc(f);
  // amd64 converts to the signed kinds of <= 32 bits with CVTTSD2SL, which yields
  // 0x80000000 for out-of-range values (then truncated to the kind's width).
  if (signed && bits <= 32 && (t >= 2147483648 || t < -2147483648)) return toInt(-2147483648, bits, true);
  if (t <= MAX && t >= -MAX) return toInt(t === 0 ? 0 : t, bits, signed);
  if (signed && (t >= 9223372036854775808 || t < -9223372036854775808)) return toInt(-9223372036854775808n, bits, signed);
  return toInt(BigInt(t), bits, signed);
}

export function toFloat(x: I64): number {
  return typeof x === 'number' ? x : Number(x);
}

// ---------------------------------------------------------------------------------------------
// Split 64-bit locals (compile/int64pair.ts). A local 64-bit integer the compiler keeps in two
// JS int32 variables (hi, lo) enters and leaves that form through these helpers; operations
// between split values are generated inline (xor, add, constant shifts) or use the helpers
// below, none of which allocates.

/** The high 32 bits of a 64-bit value, as an int32. */
export function hi64(v: I64): number {
  return typeof v === 'number' ? Math.floor(v / TWO32) | 0 : Number(BigInt.asIntN(32, v >> 32n));
}
/** The low 32 bits of a 64-bit value, as an int32. */
export function lo64(v: I64): number {
  return typeof v === 'number' ? v | 0 : Number(BigInt.asIntN(32, v));
}
/** The uint64 (uint, uintptr) value of hi:lo in the engine's normalised representation. */
export function j64u(h: number, l: number): I64 {
  const uh = h >>> 0;
  if (uh < 0x200000) return uh * TWO32 + (l >>> 0);
  return (BigInt(uh) << 32n) | BigInt(l >>> 0);
}
/** The int64 (int) value of hi:lo in the engine's normalised representation. */
export function j64s(h: number, l: number): I64 {
  if (h >= -0x200000 && h < 0x200000) {
    const r = h * TWO32 + (l >>> 0);
    if (r >= -MAX) return r;
  }
  return (BigInt(h) << 32n) | BigInt(l >>> 0);
}
/** The high 32 bits of the unsigned 64-bit product of two uint32 values (as int32). */
export function umulhi(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p01 = a0 * b1, p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
}
// Shifts of hi:lo by a checked count n in [0, 64] (shiftCount): the high and low results.
export function shlH(h: number, l: number, n: number): number {
  return n === 0 ? h : n < 32 ? (h << n) | (l >>> (32 - n)) : n < 64 ? l << (n - 32) : 0;
}
export function shlL(l: number, n: number): number {
  return n < 32 ? l << n : 0;
}
export function shrUH(h: number, n: number): number {
  return n < 32 ? (h >>> n) | 0 : 0;
}
export function shrUL(h: number, l: number, n: number): number {
  return n === 0 ? l : n < 32 ? (l >>> n) | (h << (32 - n)) : n < 64 ? (h >>> (n - 32)) | 0 : 0;
}
export function shrSH(h: number, n: number): number {
  return n < 32 ? h >> n : h >> 31;
}
export function shrSL(h: number, l: number, n: number): number {
  return n === 0 ? l : n < 32 ? (l >>> n) | (h << (32 - n)) : n < 64 ? h >> (n - 32) : h >> 31;
}
