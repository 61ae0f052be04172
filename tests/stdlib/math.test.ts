import { describe, expect, it } from 'vitest';
import { bitsModule } from '../../src/engine/stdlib/bits.ts';
import { float64FromWords, float64Words } from '../../src/engine/stdlib/ftoa.ts';
import { mathModule } from '../../src/engine/stdlib/math.ts';
import { goldenLines, Tally } from './golden.ts';

const lines = goldenLines('math');
const N = mathModule.natives;
const B = bitsModule.natives;

function fromBits(h: string): number {
  return float64FromWords(Number.parseInt(h.slice(8), 16), Number.parseInt(h.slice(0, 8), 16));
}
function toBits(v: number, want: string): string {
  // NaN payloads are not representable (value contract): any NaN matches any NaN.
  if (Number.isNaN(v)) return /^[7f]ff[8-9a-f]/.test(want) || /^[7f]ff0*[1-9a-f]/.test(want) ? want : 'NaN';
  const [lo, hi] = float64Words(v);
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

const unary: Record<string, (x: number) => number> = {
  FrexpFrac: (x) => (N.frexp!(x) as [number, number])[0],
  FrexpExp: (x) => (N.frexp!(x) as [number, number])[1],
  ModfFrac: (x) => (N.modf!(x) as [number, number])[1],
  ModfInt: (x) => (N.modf!(x) as [number, number])[0],
  SincosSin: (x) => N.Sin!(x),
  SincosCos: (x) => N.Cos!(x),
  Pow10: (x) => {
    const [lo, hi] = float64Words(x);
    return N.Pow10!(Number(((BigInt(hi) << 32n) | BigInt(lo)) % 700n) - 350);
  },
};
const binary: Record<string, (x: number, y: number) => number> = {
  FMA1: (x, y) => N.FMA!(x, y, x),
  FMA2: (x, y) => N.FMA!(x, y, -x * y),
  FMA3: (x, y) => N.FMA!(x, y, x * y * 2 ** -54),
  FMA4: (x, y) => N.FMA!(x, y, -N.Nextafter!(x * y, 0)),
  Ldexp: (x, y) => {
    const b = BigInt.asUintN(64, BigInt.asIntN(64, (BigInt(float64Words(y)[1]) << 32n) | BigInt(float64Words(y)[0])));
    return N.Ldexp!(x, Number(b % 2200n) - 1100);
  },
};

describe('math goldens (go1.27, amd64)', () => {
  for (const l of lines.filter((x) => x[0] === 'U' || x[0] === 'B')) {
    const name = l[1]!;
    it(name, () => {
      const t = new Tally();
      const f = l[0] === 'U' ? (unary[name] ?? N[name]!) : (binary[name] ?? N[name]!);
      for (const c of l.slice(2)) {
        const parts = c.split(':');
        const want = parts[parts.length - 1]!;
        const args = parts.slice(0, -1).map(fromBits);
        const got = (f as (...a: number[]) => number)(...args);
        t.check(`${name}(${parts.slice(0, -1).join(', ')})`, toBits(got, want), want);
      }
      expect(t.summary()).toBe(`${t.cases}/${t.cases} pass`);
    });
  }

  it('math/bits', () => {
    const t = new Tally();
    const norm = (v: bigint) => (v <= 2n ** 53n - 1n ? Number(v) : v);
    for (const l of lines) {
      if (l[0] === 'I') {
        const x = norm(BigInt(l[1]!));
        const y = norm(BigInt(l[2]!));
        const k = Number(l[3]);
        const carry = Number(l[4]);
        const want = l[5]!.split(' ');
        const x32 = Number(BigInt(l[1]!) & 0xffffffffn);
        const [s, c] = B.Add64!(x, y, carry) as (number | bigint)[];
        const [d, bo] = B.Sub64!(x, y, carry) as (number | bigint)[];
        const [hi, lo] = B.Mul64!(x, y) as (number | bigint)[];
        const got = [
          64 - B.Len64!(x),
          B.TrailingZeros64!(x),
          B.OnesCount64!(x),
          B.RotateLeft64!(x, k),
          B.Reverse64!(x),
          B.ReverseBytes64!(x),
          B.Len64!(x),
          s,
          c,
          d,
          bo,
          hi,
          lo,
          B.RotateLeft32!(x32, k),
          B.Reverse32!(x32),
        ].map(String);
        const names = ['LeadingZeros64', 'TrailingZeros64', 'OnesCount64', 'RotateLeft64', 'Reverse64', 'ReverseBytes64', 'Len64', 'Add64.sum', 'Add64.carry', 'Sub64.diff', 'Sub64.borrow', 'Mul64.hi', 'Mul64.lo', 'RotateLeft32', 'Reverse32'];
        for (let i = 0; i < got.length; i++) t.check(`${names[i]}(${l[1]}, ${l[2]}, ${k}, ${carry})`, got[i], want[i]);
      } else if (l[0] === 'D') {
        const [q, r] = B.Div64!(norm(BigInt(l[1]!)), norm(BigInt(l[2]!)), norm(BigInt(l[3]!))) as (number | bigint)[];
        t.check(`Div64(${l[1]}, ${l[2]}, ${l[3]})`, `${q} ${r}`, `${l[4]} ${l[5]}`);
      }
    }
    console.log(`bits: ${t.cases} cases`);
    expect(t.summary()).toBe(`${t.cases}/${t.cases} pass`);
  });
});
