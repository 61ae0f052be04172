// The seeded key hash shared by both map models. Stands in for the runtime's memhash/strhash
// (go1.27 runtime/hash64.go, aeshash on amd64): what matters to the models is that the 64-bit
// hash is a deterministic function of (key, seed), well mixed in every bit, so the low bits
// (bucket or probe start), the top bits (tophash, directory index) and the 7 H2 bits are
// independent. The values differ from real Go's hashes (those depend on AES hardware and a
// per-process random seed), so placements are Go-like, not Go's.
//
// The result is two uint32 halves: hash64() returns the low half and leaves the high half in
// `hashHi` (no allocation on the hot path).

/** High 32 bits of the last hash64() result. */
export let hashHi = 0;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

let lo = 0;
let hi = 0;
function mix(w: number): void {
  // Two independent murmur3-style lanes over the same words.
  let k = Math.imul(w, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  lo ^= Math.imul(k, 0x1b873593);
  lo = (lo << 13) | (lo >>> 19);
  lo = (Math.imul(lo, 5) + 0xe6546b64) | 0;
  let j = Math.imul(w ^ 0x5bd1e995, 0x85ebca77);
  j = (j << 17) | (j >>> 15);
  hi ^= Math.imul(j, 0x27d4eb2f);
  hi = (hi << 11) | (hi >>> 21);
  hi = (Math.imul(hi, 9) + 0x165667b1) | 0;
}

function finish(n: number): number {
  lo ^= n;
  hi ^= n;
  const a = fmix(lo);
  const b = fmix(hi ^ a);
  hashHi = b;
  return fmix(a ^ Math.imul(b, 0x9e3779b1));
}

const objIds = new WeakMap<object, number>();
let nextObjId = 1;

/**
 * The 64-bit hash of a canonical map key (values.ts mapKey's result: a number, bigint,
 * string, boolean, an object for pointers and channels, or a `{nan}` object) under `seed`.
 * Returns the low 32 bits; the high 32 bits are in `hashHi`.
 */
export function hash64(k: unknown, seed: number): number {
  lo = seed | 0;
  hi = (seed ^ 0x7f4a7c15) | 0;
  switch (typeof k) {
    case 'number':
      if ((k | 0) === k) {
        mix(k);
        mix(k < 0 ? -1 : 0);
        return finish(8);
      }
      if (k >= 0 && k <= 0xffffffff && Math.floor(k) === k) {
        mix(k >>> 0);
        mix(0);
        return finish(8);
      }
      if (Number.isSafeInteger(k)) {
        mix(Number(BigInt.asUintN(32, BigInt(k))));
        mix(Math.floor(k / 4294967296));
        return finish(8);
      }
      f64[0] = k;
      mix(u32[0]);
      mix(u32[1]);
      return finish(9);
    case 'bigint': {
      const u = BigInt.asUintN(64, k);
      mix(Number(u & 0xffffffffn));
      mix(Number(u >> 32n));
      return finish(8);
    }
    case 'string': {
      const n = k.length;
      let i = 0;
      for (; i + 1 < n; i += 2) mix(k.charCodeAt(i) | (k.charCodeAt(i + 1) << 16));
      if (i < n) mix(k.charCodeAt(i));
      return finish(n);
    }
    case 'boolean':
      mix(k ? 1 : 0);
      return finish(1);
    case 'object':
      if (k !== null && 'nan' in k) {
        // runtime/alg.go f64hash: a NaN hashes to a random value, so NaN keys spread out.
        mix((k as { nan: number }).nan);
        mix(0x7ff80000);
        return finish(10);
      }
      return objectHash(k);
    default:
      return objectHash(k);
  }
}

/** Pointers and channels hash by identity (nil by a constant). */
function objectHash(k: unknown): number {
  if (k === null || k === undefined) {
    mix(0);
    return finish(8);
  }
  let id = objIds.get(k as object);
  if (id === undefined) {
    id = nextObjId++;
    objIds.set(k as object, id);
  }
  mix(id);
  mix(0x5a5a5a5a);
  return finish(8);
}
