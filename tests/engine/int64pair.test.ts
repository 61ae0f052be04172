// The split-word helpers of runtime/ints.ts (used by compile/int64pair.ts) against BigInt
// arithmetic on random 64-bit values, and the representation invariant: a joined value is a
// JS number exactly when it is a safe integer.
import { describe, expect, it } from 'vitest';
import { hi64, lo64, j64s, j64u, umulhi, shlH, shlL, shrUH, shrUL, shrSH, shrSL, type I64 } from '../../src/engine/runtime/ints.ts';

let state = 0x243f6a8885a308d3n;
function rand64(): bigint {
  state ^= BigInt.asUintN(64, state << 13n);
  state ^= state >> 7n;
  state ^= BigInt.asUintN(64, state << 17n);
  // Mix in small and boundary magnitudes, where the number/BigInt switch happens.
  const r = state % 8n;
  if (r === 0n) return state % 1000n;
  if (r === 1n) return (1n << 53n) - 3n + (state % 6n);
  if (r === 2n) return BigInt.asUintN(64, -((1n << 53n) - 3n + (state % 6n)));
  return state;
}
const norm = (b: bigint): I64 => (b >= -(2n ** 53n - 1n) && b <= 2n ** 53n - 1n ? Number(b) : b);
const fromWords = (h: number, l: number): bigint => (BigInt(h >>> 0) << 32n) | BigInt(l >>> 0);

describe('split 64-bit words', () => {
  it('split and join round-trip, normalised, for signed and unsigned values', () => {
    for (let i = 0; i < 5000; i++) {
      const u = rand64();
      const s = BigInt.asIntN(64, u);
      for (const [v, join] of [[norm(u), j64u], [norm(s), j64s]] as const) {
        const h = hi64(v), l = lo64(v);
        expect(h | 0).toBe(h);
        expect(l | 0).toBe(l);
        expect(fromWords(h, l)).toBe(u);
        const back = join(h, l);
        expect(back).toBe(v);
      }
    }
  });
  it('umulhi is the high word of the unsigned 32×32 product', () => {
    for (let i = 0; i < 5000; i++) {
      const a = Number(rand64() & 0xffffffffn) | 0, b = Number(rand64() >> 32n) | 0;
      const want = BigInt.asIntN(32, (BigInt(a >>> 0) * BigInt(b >>> 0)) >> 32n);
      expect(umulhi(a, b)).toBe(Number(want));
    }
  });
  it('shifts by every count 0..64 match BigInt shifts', () => {
    for (let i = 0; i < 300; i++) {
      const u = rand64();
      const h = hi64(norm(u)), l = lo64(norm(u));
      const s = BigInt.asIntN(64, u);
      for (let n = 0; n <= 64; n++) {
        const N = BigInt(n);
        expect(fromWords(shlH(h, l, n), shlL(l, n))).toBe(n >= 64 ? 0n : BigInt.asUintN(64, u << N));
        expect(fromWords(shrUH(h, n), shrUL(h, l, n))).toBe(n >= 64 ? 0n : u >> N);
        expect(fromWords(shrSH(h, n), shrSL(h, l, n))).toBe(BigInt.asUintN(64, s >> (n >= 64 ? 63n : N)));
      }
    }
  });
});
