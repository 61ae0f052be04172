// Package math/bits, following go1.27 src/math/bits/bits.go (UintSize 64). All functions are
// natives; uint64 values arrive as number (safe integers) or bigint and leave normalised.

import { GoPanicError, type StdlibModule } from './module.ts';

const M64 = (1n << 64n) - 1n;
const TWO32 = 4294967296;

function big(x: number | bigint): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

function norm(v: bigint): number | bigint {
  return v <= 9007199254740991n ? Number(v) : v;
}

function hiLo(x: number | bigint): [number, number] {
  if (typeof x === 'number') return [Math.floor(x / TWO32), x >>> 0];
  return [Number(x >> 32n), Number(x & 0xffffffffn)];
}

function len32(x: number): number {
  return 32 - Math.clz32(x);
}

export function len64(x: number | bigint): number {
  const [hi, lo] = hiLo(x);
  return hi !== 0 ? 32 + len32(hi) : len32(lo);
}

function tz32(x: number): number {
  return x === 0 ? 32 : 31 - Math.clz32(x & -x);
}

function tz64(x: number | bigint): number {
  const [hi, lo] = hiLo(x);
  return lo !== 0 ? tz32(lo) : 32 + tz32(hi);
}

function pop32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function rotl(x: number, k: number, n: number): number {
  const s = ((k % n) + n) % n;
  const mask = n === 32 ? 0xffffffff : (1 << n) - 1;
  if (s === 0) return x;
  return (((x << s) | (x >>> (n - s))) & mask) >>> 0;
}

function rev32(x: number): number {
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  return revBytes32(x);
}

function revBytes32(x: number): number {
  return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
}

function from32s(hi: number, lo: number): number | bigint {
  return norm((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
}

function rotl64(x: number | bigint, k: number): number | bigint {
  const s = BigInt(((k % 64) + 64) % 64);
  const v = big(x);
  return norm(((v << s) | (v >> (64n - s))) & M64);
}

function add64(x: number | bigint, y: number | bigint, carry: number | bigint): [number | bigint, number | bigint] {
  const s = big(x) + big(y) + big(carry);
  return [norm(s & M64), s > M64 ? 1 : 0];
}

function sub64(x: number | bigint, y: number | bigint, borrow: number | bigint): [number | bigint, number | bigint] {
  const d = big(x) - big(y) - big(borrow);
  return [norm(d & M64), d < 0n ? 1 : 0];
}

function mul64(x: number | bigint, y: number | bigint): [number | bigint, number | bigint] {
  const p = big(x) * big(y);
  return [norm(p >> 64n), norm(p & M64)];
}

function div64(hi: number | bigint, lo: number | bigint, y: number | bigint): [number | bigint, number | bigint] {
  const Y = big(y);
  const H = big(hi);
  if (Y === 0n) throw new GoPanicError('runtime error: integer divide by zero');
  if (Y <= H) throw new GoPanicError('runtime error: integer overflow');
  const n = (H << 64n) | big(lo);
  return [norm(n / Y), norm(n % Y)];
}

function rem64(hi: number | bigint, lo: number | bigint, y: number | bigint): number | bigint {
  const Y = big(y);
  if (Y === 0n) throw new GoPanicError('runtime error: integer divide by zero');
  return norm(((big(hi) << 64n) | big(lo)) % Y);
}

function div32(hi: number, lo: number, y: number): [number, number] {
  if (y === 0) throw new GoPanicError('runtime error: integer divide by zero');
  if (y <= hi) throw new GoPanicError('runtime error: integer overflow');
  const n = hi * TWO32 + lo; // < 2^64: use BigInt for exactness
  if (n <= Number.MAX_SAFE_INTEGER) return [Math.floor(n / y), n % y];
  const N = (BigInt(hi) << 32n) | BigInt(lo);
  return [Number(N / BigInt(y)), Number(N % BigInt(y))];
}

const goSource = `package bits

const UintSize = 64

func LeadingZeros(x uint) int     { return 64 - Len64(uint64(x)) }
func LeadingZeros8(x uint8) int   { return 8 - Len8(x) }
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }
func TrailingZeros8(x uint8) int
func TrailingZeros16(x uint16) int
func TrailingZeros32(x uint32) int
func TrailingZeros64(x uint64) int

func OnesCount(x uint) int { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int
func OnesCount16(x uint16) int
func OnesCount32(x uint32) int
func OnesCount64(x uint64) int

func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }
func RotateLeft8(x uint8, k int) uint8
func RotateLeft16(x uint16, k int) uint16
func RotateLeft32(x uint32, k int) uint32
func RotateLeft64(x uint64, k int) uint64

func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }
func Reverse8(x uint8) uint8
func Reverse16(x uint16) uint16
func Reverse32(x uint32) uint32
func Reverse64(x uint64) uint64

func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }
func ReverseBytes16(x uint16) uint16
func ReverseBytes32(x uint32) uint32
func ReverseBytes64(x uint64) uint64

func Len(x uint) int { return Len64(uint64(x)) }
func Len8(x uint8) int
func Len16(x uint16) (n int)
func Len32(x uint32) (n int)
func Len64(x uint64) (n int)

func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}
func Add32(x, y, carry uint32) (sum, carryOut uint32)
func Add64(x, y, carry uint64) (sum, carryOut uint64)

func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32)
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64)

func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}
func Mul32(x, y uint32) (hi, lo uint32)
func Mul64(x, y uint64) (hi, lo uint64)

func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}
func Div32(hi, lo, y uint32) (quo, rem uint32)
func Div64(hi, lo, y uint64) (quo, rem uint64)

func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}
func Rem64(hi, lo, y uint64) uint64
`;

export const bitsModule: StdlibModule = {
  path: 'math/bits',
  goSource,
  natives: {
    TrailingZeros8: (x: number) => (x === 0 ? 8 : tz32(x)),
    TrailingZeros16: (x: number) => (x === 0 ? 16 : tz32(x)),
    TrailingZeros32: tz32,
    TrailingZeros64: tz64,
    OnesCount8: pop32,
    OnesCount16: pop32,
    OnesCount32: pop32,
    OnesCount64: (x: number | bigint) => {
      const [hi, lo] = hiLo(x);
      return pop32(hi) + pop32(lo);
    },
    RotateLeft8: (x: number, k: number | bigint) => rotl(x, Number(BigInt(k) % 8n), 8),
    RotateLeft16: (x: number, k: number | bigint) => rotl(x, Number(BigInt(k) % 16n), 16),
    RotateLeft32: (x: number, k: number | bigint) => rotl(x, Number(BigInt(k) % 32n), 32),
    RotateLeft64: (x: number | bigint, k: number | bigint) => rotl64(x, Number(BigInt(k) % 64n)),
    Reverse8: (x: number) => rev32(x) >>> 24,
    Reverse16: (x: number) => rev32(x) >>> 16,
    Reverse32: rev32,
    Reverse64: (x: number | bigint) => {
      const [hi, lo] = hiLo(x);
      return from32s(rev32(lo), rev32(hi));
    },
    ReverseBytes16: (x: number) => ((x & 0xff) << 8) | (x >>> 8),
    ReverseBytes32: revBytes32,
    ReverseBytes64: (x: number | bigint) => {
      const [hi, lo] = hiLo(x);
      return from32s(revBytes32(lo), revBytes32(hi));
    },
    Len8: len32,
    Len16: len32,
    Len32: len32,
    Len64: len64,
    Add32: (x: number, y: number, c: number) => {
      const s = x + y + c;
      return [s >>> 0, s >= TWO32 ? 1 : 0];
    },
    Add64: add64,
    Sub32: (x: number, y: number, b: number) => {
      const d = x - y - b;
      return [d >>> 0, d < 0 ? 1 : 0];
    },
    Sub64: sub64,
    Mul32: (x: number, y: number) => {
      const p = BigInt(x) * BigInt(y);
      return [Number(p >> 32n), Number(p & 0xffffffffn)];
    },
    Mul64: mul64,
    Div32: div32,
    Div64: div64,
    Rem64: rem64,
  },
};
