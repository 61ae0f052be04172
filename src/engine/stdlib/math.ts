// Package math, following go1.27 src/math as it runs on amd64 (the reference machine of the
// goldens). This file holds the module (goSource, natives) and the small functions; the
// algorithms live in mathbase.ts (bits, Frexp/Ldexp/Modf, FMA), mathexp.ts (exponentials,
// logarithms, powers, hyperbolics) and mathtrig.ts (trigonometry).
// Exp, Log and Hypot follow the amd64 assembly (exp_amd64.s with its FMA path,
// log_amd64.s, hypot_amd64.s); Sin, Cos, Tan, Atan, Asin, Acos, Atan2, Pow, Log2, Log10,
// Frexp, Ldexp, Modf, Round, RoundToEven, Max, Min, Nextafter follow the pure-Go files of the
// same names. Sqrt, Floor, Ceil, Trunc, Abs and Mod are exact operations, so JS's Math.sqrt,
// Math.floor, Math.ceil, Math.trunc, Math.abs and % give the same bits. FMA is computed
// exactly with BigInt. NaN payloads are not kept (the value contract): Float64bits of any NaN
// is 0x7FF8000000000001, the bits of math.NaN().
// Cbrt, Exp2, Expm1, Log1p, the hyperbolics and Pow10 follow their pure-Go files.
// Remainder, Logb, Ilogb likewise; Sincos is Sin and Cos (go1.27 sincos.go computes the same
// octant, polynomials and signs). Left out: Gamma, Lgamma, Erf*, J0/J1/Jn/Y*.


import { float32Bits, float32FromBits, float64FromWords, float64Words } from './ftoa.ts';
import { copysign, float64bits, float64frombits, fma, frexp, ldexp, modf, signbit } from './mathbase.ts';
import { acosh, asinh, atanh, cbrt, cosh, exp, exp2, expm1, hypot, log, log10, log1p, log2, pow, pow10, sinh, tanh } from './mathexp.ts';
import { acos, asin, atan, atan2, cos, sin, tan } from './mathtrig.ts';
import type { StdlibModule } from './module.ts';
import { mathConstDecls } from './tables/mathconst.ts';

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
