// The bucket map model, following go1.23 runtime/map.go (hmap, bmap, makemap, mapaccess,
// mapassign, mapdelete, mapiterinit/mapiternext, mapclear, hashGrow, growWork, evacuate,
// advanceEvacuationMark) and its specialisations runtime/map_fast32.go, map_fast64.go and
// map_faststr.go, which run the same algorithm (they differ only in how a key is compared and
// in their names). Used for `--go ≤ 1.23`. Go's identifiers are kept so both trees can be
// grepped side by side.
//
// # Terminology
//
//  - hmap: the map header. count (live entries), flags (iterator, oldIterator, sameSizeGrow;
//    hashWriting lives in the `writing` field, owned by the entry layer), B (log2 of the
//    number of buckets), noverflow (approximate number of overflow buckets), hash0 (the hash
//    seed), buckets, oldbuckets (the previous array while growing), nevacuate (old buckets
//    below it are evacuated), extra (mapextra: the overflow-slice bookkeeping and the
//    preallocated overflow buckets, modelled for the allocations it causes).
//  - bmap: a bucket of bucketCnt=8 slots: tophash[8], keys[8], elems[8] and an overflow
//    pointer chaining further buckets when more than 8 keys land in the bucket. As in Go's
//    memory, buckets allocated together (a bucket array with its preallocated overflow
//    buckets, or a chunk of overflow buckets) share flat arrays: `bucketArray`, where slot i
//    of bucket bi is at bi*8+i; a *bmap is the pair (bucketArray, bucket index). This keeps
//    the hot paths allocation-free and the garbage collector's work proportional to the
//    number of bucket arrays, not of buckets.
//  - hash: the seeded 64-bit key hash (maps/hash.ts hash64: low 32 bits returned, high 32 in
//    hashHi). The low B bits select the bucket; tophash is the top 8 bits (hashHi >>> 24),
//    raised by minTopHash when below it, because tophash values 0..4 are marks:
//    emptyRest (0: this slot and every later slot of the chain are empty), emptyOne (1: empty),
//    evacuatedX/evacuatedY (2/3: the entry moved to the first/second half of the new array),
//    evacuatedEmpty (4: empty, bucket evacuated).
//
// # Algorithm
//
// makemap picks the smallest B whose 2^B buckets hold `hint` entries without exceeding the load
// factor 6.5 (overLoadFactor: count > 8 && count > 13*(2^B/2)); for B = 0 the bucket array is
// allocated by the first insert (makemap_small). A lookup hashes the key, picks bucket
// hash & (2^B-1), and while growing looks in the old bucket instead if that one is not
// evacuated yet; it walks the chain comparing tophash, then the key, stopping at emptyRest.
// mapassign inserts into the first empty slot of the chain (or a new overflow bucket,
// newoverflow) when the key is absent. Before inserting a new key it starts a grow (hashGrow)
// if count+1 would exceed the load factor (doubling: B+1) or if there are about as many
// overflow buckets as buckets (tooManyOverflowBuckets: same-size grow, which packs sparse
// chains). Growth is incremental: each later write (assign or delete) runs growWork, which
// evacuates the old bucket the write maps to and then the old bucket at nevacuate. evacuate
// copies a bucket chain's entries, in order, into the new array: to X (same index) or, when
// doubling, to Y (index + newbit) by the hash bit newbit = 2^oldB, marking each old slot
// evacuatedX/Y/Empty; advanceEvacuationMark moves nevacuate past evacuated buckets and drops
// oldbuckets when all are done. mapdelete empties the slot (emptyOne) and turns a trailing run
// of empty slots into emptyRest; the map never shrinks. mapclear marks every slot emptyRest (so
// that running iterators stop), drops a growth in progress, keeps B and reuses the bucket
// array, and re-seeds hash0 (as mapdelete does when count reaches 0). Iteration
// (mapiterinit/mapiternext) snapshots B and the bucket array, starts at a random bucket and
// a random slot offset inside every bucket, and wraps around; it never moves keys so no entry
// is produced twice. Started while growing, it reads a not-yet-evacuated old bucket instead
// and keeps only the keys bound for the current new bucket (checkBucket). After a grow that
// started during the iteration, an entry seen in an evacuated old bucket is looked up again
// (mapaccessK) so that deleted entries are skipped and updated values are current.
//
// NaN keys (keys that are not equal to themselves) hash randomly in Go: here the canonical key
// of a NaN (values.ts mapKey: a fresh `{nan}` object, or a unique string inside a struct or
// interface) is never found again, so each insert adds an entry and lookups and deletes miss
// it; evacuate sends a NaN by a fresh random hash, or by the low bit of its tophash when an
// iterator may be running, as the real code does.
//
// # Invariants (checkInvariants)
//
//  - count is the number of live slots in buckets plus those in not-yet-evacuated oldbuckets.
//  - every live key sits in the chain of the bucket its hash selects, in the current array, or
//    in the old array when its old bucket is not evacuated; its tophash is tophash(hash);
//    no key occurs twice (NaN keys are exempt: their hash is not reproducible).
//  - a slot marked emptyRest is followed only by emptyRest slots, to the end of its chain.
//  - new buckets hold no evacuation marks; an old bucket is wholly evacuated or not at all;
//    every old bucket below nevacuate is evacuated.
//  - oldbuckets is null exactly when not growing, and then sameSizeGrow is clear.
//
// # Fidelity notes
//
//  - hash values differ from real Go's (see hash.ts), so placements are Go-like; the layout
//    decisions that do not depend on the hash (B per hint, growth points, flags, clear) match
//    go1.23 exactly (tests/maps/goldens/buckets-go1.23.json, scripts/capture-map-layout-buckets.mjs).
//  - incrnoverflow counts exactly for B < 16 and with probability 2^-(B-15) above, drawing from
//    the run's seeded generator (the `rand` given to the constructor), so it is deterministic.
//  - Escape analysis is not modelled: every map is a heap map (a non-escaping map's first bucket
//    can live on the stack, which skips the first insert's allocation).
//  - `calls` lists, in call order (pre-order, with `callDepth` giving each call's depth below
//    the entry point, 1 = called by mapassign/mapdelete/mapclear itself), the non-inlined,
//    non-nosplit Go functions the real code calls while hashWriting is set, as found in the
//    go1.23 amd64 binaries (`go tool objdump`): runtime.hashGrow, runtime.makeBucketArray,
//    runtime.growWork[_fast32|_fast64|_faststr], runtime.evacuate[...], runtime.advanceEvacuationMark,
//    runtime.(*hmap).newoverflow, runtime.(*hmap).incrnoverflow, and the allocator entry points
//    they reach: runtime.mallocgc (newobject inlined into mapassign and newoverflow),
//    runtime.newarray, runtime.newobject (new(mapextra), new([]*bmap)), runtime.growslice (the
//    overflow slice of pointer-free buckets). The allocator's own callees are not listed. Not
//    listed because inlined: bucketShift, bucketMask, tophash, evacuated, isEmpty, overLoadFactor,
//    tooManyOverflowBuckets, growing, sameSizeGrow, noldbuckets, oldbucketmask, bucketEvacuated,
//    createOverflow, mapclear.func1 (markBucketsEmpty); because nosplit or assembly: rand,
//    typedmemmove, memclrHasPointers, memclrNoHeapPointers, the hash and equality functions of
//    the fast variants, the write barriers. The variant (fast32/fast64/fast64ptr/faststr/slow)
//    follows cmd/compile's mapfast (mapVariant below) and may be set by the entry layer. The
//    compiler-generated hash and equality functions of struct, array and interface keys
//    (generic variant) are not listed either.
//  - Overflow buckets that newoverflow allocates (when no preallocated one is left) are taken
//    from chunks of up to 256 fresh buckets, a representation device: each still counts as one
//    runtime.mallocgc call.
//  - iter() is mapiterinit without its first mapiternext; the first next() call makes it. The
//    iterator reports each entry's value at the moment next() returns it, as Go's range body
//    reads it through the elem pointer right after mapiternext.

import { emptyMapKeyCheck } from '../gomap.ts';
import { Iface, mapKey, roundupsize, type RType } from '../values.ts';
import { hash64, hashHi } from './hash.ts';
import type { MapModel, MapStep, ModelIter } from './model.ts';

// Maximum number of key/elem pairs a bucket can hold (abi.MapBucketCount).
const bucketCnt = 8;
// Maximum average load of a bucket that triggers growth is bucketCnt*13/16.
const loadFactorDen = 2;
const loadFactorNum = (loadFactorDen * bucketCnt * 13) / 16;

// Possible tophash values.
const emptyRest = 0;
const emptyOne = 1;
const evacuatedX = 2;
const evacuatedY = 3;
const evacuatedEmpty = 4;
const minTopHash = 5;

// flags (hashWriting = 4 is the entry layer's `writing` field)
const iterator = 1;
const oldIterator = 2;
const sameSizeGrow = 8;

// sentinel bucket ID for iterator checks
const noCheck = -1;

// Keys and elems larger than this are stored indirectly (abi.MapMaxKeyBytes/MapMaxElemBytes).
const maxKeySize = 128;
const maxElemSize = 128;
// runtime maxAlloc on 64-bit Linux.
const maxAlloc = 2 ** 48;

const ptrSize = 8;

/** Which entry points the compiler picks for the map type (cmd/compile/internal/walk mapfast). */
export type MapVariant = 'fast32' | 'fast64' | 'fast64ptr' | 'faststr' | 'slow';

const primitiveKinds = new Set(['bool', 'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'string']);

function isEmpty(x: number): boolean {
  return x <= emptyOne;
}

function tophashOf(hi: number): number {
  const top = hi >>> 24;
  return top < minTopHash ? top + minTopHash : top;
}

function overLoadFactor(count: number, B: number): boolean {
  return count > bucketCnt && count > loadFactorNum * Math.floor(bucketShift(B) / loadFactorDen);
}

/** bucketShift returns 1<<b, optimized for code generation. */
function bucketShift(b: number): number {
  return b < 31 ? 1 << b : 2 ** b;
}

function tooManyOverflowBuckets(noverflow: number, B: number): boolean {
  if (B > 15) B = 15;
  return noverflow >= 1 << B;
}

function u32(r: number): number {
  return (r * 4294967296) >>> 0;
}

const u = undefined;

/**
 * n consecutive buckets (go1.23 bmap) allocated together: a bucket array (newarray) or
 * overflow buckets. Slot i of bucket bi is at index bi*8+i of tophash, keys, rawkeys and
 * elems; the overflow pointer of bucket bi is (ovfArr[bi], ovfIdx[bi]), nil when ovfArr[bi]
 * is null. A *bmap is a pair (bucketArray, bucket index).
 */
export class bucketArray {
  readonly n: number;
  readonly tophash: Uint8Array;
  /** Canonical keys (values.ts mapKey), compared with ===. */
  readonly keys: unknown[];
  /** The keys as the program stored them (the same array when canonical keys are raw). */
  readonly rawkeys: unknown[];
  readonly elems: unknown[];
  readonly ovfArr: (bucketArray | null)[];
  readonly ovfIdx: number[];

  constructor(n: number, direct: boolean) {
    this.n = n;
    this.tophash = new Uint8Array(n * bucketCnt);
    this.keys = new Array(n * bucketCnt).fill(u);
    this.rawkeys = direct ? this.keys : new Array(n * bucketCnt).fill(u);
    this.elems = new Array(n * bucketCnt).fill(u);
    this.ovfArr = new Array(n).fill(null);
    this.ovfIdx = new Array(n).fill(0);
  }

  /** memclr of bucket bi but its tophash (evacuate's "clear key/elem to help GC"). */
  clearData(bi: number): void {
    const s = bi * bucketCnt, e = s + bucketCnt;
    this.keys.fill(u, s, e);
    if (this.rawkeys !== this.keys) this.rawkeys.fill(u, s, e);
    this.elems.fill(u, s, e);
    this.ovfArr[bi] = null;
    this.ovfIdx[bi] = 0;
  }
}

function evacuated(a: bucketArray, bi: number): boolean {
  const h = a.tophash[bi * bucketCnt];
  return h > emptyOne && h < minTopHash;
}

/** go1.23 runtime/map.go mapextra: what is kept of it is what decides allocations. */
class mapextra {
  /** len(*overflow), or -1 while the overflow slice pointer is nil. */
  overflow = -1;
  overflowCap = 0;
  /** oldoverflow != nil. */
  oldoverflow = false;
  /** The next free preallocated overflow bucket, or null. */
  nextOverflowArr: bucketArray | null = null;
  nextOverflowIdx = 0;
}

/** One bucket of `state()`. */
export interface BmapState {
  tophash: number[];
  /** String(key), or '' for an empty slot. */
  keys: string[];
}

/** A bucket of `state()` with the overflow buckets chained to it, in order. */
export interface BucketState extends BmapState {
  overflow: BmapState[];
}

/** The JSON-serialisable copy of an hmap returned by state(). */
export interface BucketsMapState {
  model: 'buckets';
  count: number;
  /** hmap.flags without hashWriting (the entry layer's `writing` field holds that bit). */
  flags: number;
  B: number;
  noverflow: number;
  hash0: number;
  nevacuate: number;
  buckets: BucketState[];
  oldbuckets: BucketState[] | null;
}

/** Overflow buckets allocated by newoverflow come from chunks of at most this many. */
const maxOverflowChunk = 256;

export class hmap implements MapModel {
  readonly model = 'buckets' as const;
  readonly keyType: RType;
  readonly elemType: RType;
  /** hashWriting (0 or 4): set and cleared by the entry layer only; never read here. */
  writing = 0;
  calls: string[] = [];
  allocs: number[] = [];
  /** Depth of each entry of `calls` below the entry point (1: called by it directly). */
  callDepth: number[] = [];
  trace: ((s: MapStep) => void) | null = null;
  /** The compiler's choice of entry points for this map type; names the growWork/evacuate calls. */
  variant: MapVariant;

  // The header (go1.23 runtime/map.go hmap).
  count = 0;
  flags = 0;
  B = 0;
  noverflow = 0;
  hash0 = 0;
  buckets: bucketArray | null = null;
  oldbuckets: bucketArray | null = null;
  nevacuate = 0;
  extra: mapextra | null = null;

  // The maptype's properties.
  private readonly direct: boolean;
  /** t.ReflexiveKey(): k == k for every key of the type (no floats or interfaces inside). */
  readonly reflexiveKey: boolean;
  private readonly floatKey: boolean;
  private readonly needKeyUpdate: boolean;
  private readonly indirectKey: boolean;
  private readonly indirectElem: boolean;
  private readonly bucketPointers: boolean;
  private readonly bucketSize: number;
  private readonly rand: () => number;

  private depth = 1;
  /** A *bmap result (mapaccessK's slot, newoverflow's bucket): array and index. */
  private ra: bucketArray | null = null;
  private ri = 0;
  /** makeBucketArray's second result (nextOverflow's bucket index, -1 for nil). */
  private mbaNext = -1;
  /** The chunk newoverflow's fresh overflow buckets are taken from, and its next free bucket. */
  private ovfChunk: bucketArray | null = null;
  private ovfChunkNext = 0;

  /** makemap (hint > 0) or makemap_small (hint 0). */
  constructor(keyType: RType, elemType: RType, hint: number, rand: () => number) {
    this.keyType = keyType;
    this.elemType = elemType;
    this.rand = rand;
    this.direct = primitiveKinds.has(keyType.kind);
    this.reflexiveKey = isReflexive(keyType);
    this.floatKey = keyType.kind === 'float32' || keyType.kind === 'float64';
    this.needKeyUpdate = needKeyUpdate(keyType);
    this.indirectKey = keyType.size > maxKeySize;
    this.indirectElem = elemType.size > maxElemSize;
    const ks = this.indirectKey ? ptrSize : keyType.size;
    const es = this.indirectElem ? ptrSize : elemType.size;
    this.bucketSize = bucketCnt + bucketCnt * ks + bucketCnt * es + ptrSize;
    this.bucketPointers = this.indirectKey || this.indirectElem || hasPointers(keyType) || hasPointers(elemType);
    this.variant = mapVariant(keyType, elemType);

    if (!(hint * this.bucketSize <= maxAlloc)) hint = 0;
    this.hash0 = u32(rand());
    // Find the size parameter B which will hold the requested # of elements.
    let B = 0;
    while (overLoadFactor(hint, B)) B++;
    this.B = B;
    // allocate initial hash table; if B == 0, the buckets field is allocated lazily (in mapassign)
    if (B !== 0) {
      const buckets = this.makeBucketArray(B, null, false);
      this.buckets = buckets;
      if (this.mbaNext >= 0) {
        this.extra = new mapextra();
        this.extra.nextOverflowArr = buckets;
        this.extra.nextOverflowIdx = this.mbaNext;
      }
    }
  }

  len(): number {
    return this.count;
  }

  // ---------------------------------------------------------------------------------------
  // Lookups (mapaccess1/mapaccess2 and their fast variants)

  get(k: unknown): unknown {
    if (this.count === 0) {
      emptyMapKeyCheck(this.keyType, k);
      return undefined;
    }
    return this.mapaccessK(this.direct ? k : mapKey(this.keyType, k)) ? this.ra!.elems[this.ri] : undefined;
  }

  has(k: unknown): boolean {
    if (this.count === 0) {
      emptyMapKeyCheck(this.keyType, k);
      return false;
    }
    return this.mapaccessK(this.direct ? k : mapKey(this.keyType, k));
  }

  /** mapaccessK: finds canonical key ck; its slot is left in (ra, ri). False when absent. */
  private mapaccessK(ck: unknown): boolean {
    if (this.count === 0) return false;
    const hash = hash64(ck, this.hash0);
    const top = tophashOf(hashHi);
    let m = (1 << this.B) - 1;
    let a: bucketArray | null = this.buckets!;
    let bi = hash & m;
    const c = this.oldbuckets;
    if (c !== null) {
      // There used to be half as many buckets; mask down one more power of two.
      if ((this.flags & sameSizeGrow) === 0) m >>>= 1;
      const ob = hash & m;
      if (!evacuated(c, ob)) {
        a = c;
        bi = ob;
      }
    }
    if (this.trace !== null) this.trace({ kind: 'bucket', detail: a === c ? { bucket: bi, old: 1 } : { bucket: bi } });
    do {
      const th = a.tophash, keys = a.keys;
      for (let s = bi * bucketCnt, e = s + bucketCnt; s < e; s++) {
        const t = th[s];
        if (t !== top) {
          if (t === emptyRest) return false;
          continue;
        }
        if (keys[s] === ck) {
          this.ra = a;
          this.ri = s;
          return true;
        }
      }
      const na: bucketArray | null = a.ovfArr[bi];
      bi = a.ovfIdx[bi];
      a = na;
    } while (a !== null);
    return false;
  }

  // ---------------------------------------------------------------------------------------
  // mapassign

  set(k: unknown, v: unknown): void {
    if (this.calls.length !== 0) this.resetCalls();
    const ck = this.direct ? k : mapKey(this.keyType, k);
    const hash = hash64(ck, this.hash0);
    const top = tophashOf(hashHi);
    // (The entry layer sets hashWriting here, after the hasher, which may panic.)
    if (this.buckets === null) {
      this.buckets = new bucketArray(1, this.direct); // newobject(t.Bucket), inlined
      this.enter('runtime.mallocgc');
      this.allocs.push(this.bucketSize);
    }
    for (;;) {
      // again:
      const bucket = hash & ((1 << this.B) - 1);
      if (this.growing()) this.growWork(bucket);
      if (this.trace !== null) this.trace({ kind: 'bucket', detail: { bucket } });
      let a = this.buckets;
      let bi = bucket;
      let insa: bucketArray | null = null;
      let inss = 0;
      bucketloop: for (;;) {
        const th = a.tophash;
        for (let s = bi * bucketCnt, e = s + bucketCnt; s < e; s++) {
          const t = th[s];
          if (t !== top) {
            if (t <= emptyOne && insa === null) {
              insa = a;
              inss = s;
            }
            if (t === emptyRest) break bucketloop;
            continue;
          }
          if (a.keys[s] !== ck) continue;
          // already have a mapping for key. Update it.
          if (this.needKeyUpdate) a.rawkeys[s] = k;
          a.elems[s] = v;
          return;
        }
        const na = a.ovfArr[bi];
        if (na === null) break;
        bi = a.ovfIdx[bi];
        a = na;
      }

      // Did not find mapping for key. Allocate new cell & add entry.
      // If we hit the max load factor or we have too many overflow buckets,
      // and we're not already in the middle of growing, start growing.
      if (!this.growing() && (overLoadFactor(this.count + 1, this.B) || tooManyOverflowBuckets(this.noverflow, this.B))) {
        this.hashGrow();
        continue; // Growing the table invalidates everything, so try again
      }

      if (insa === null) {
        // The current bucket and all the overflow buckets connected to it are full, allocate a new one.
        this.newoverflow(a, bi);
        insa = this.ra!;
        inss = this.ri * bucketCnt;
      }
      // store new key/elem at insert position (newobject for indirect keys/elems, inlined)
      if (this.indirectKey) this.enter('runtime.mallocgc');
      if (this.indirectElem) this.enter('runtime.mallocgc');
      insa.keys[inss] = ck;
      insa.rawkeys[inss] = k;
      insa.elems[inss] = v;
      insa.tophash[inss] = top;
      this.count++;
      return;
    }
  }

  // ---------------------------------------------------------------------------------------
  // mapdelete

  delete(k: unknown): void {
    if (this.calls.length !== 0) this.resetCalls();
    if (this.count === 0) {
      emptyMapKeyCheck(this.keyType, k);
      return;
    }
    const ck = this.direct ? k : mapKey(this.keyType, k);
    const hash = hash64(ck, this.hash0);
    const top = tophashOf(hashHi);
    const bucket = hash & ((1 << this.B) - 1);
    if (this.growing()) this.growWork(bucket);
    if (this.trace !== null) this.trace({ kind: 'bucket', detail: { bucket } });
    const origA = this.buckets!;
    let a: bucketArray | null = origA;
    let bi = bucket;
    search: while (a !== null) {
      const th = a.tophash;
      for (let i = 0; i < bucketCnt; i++) {
        let s = bi * bucketCnt + i;
        if (th[s] !== top) {
          if (th[s] === emptyRest) break search;
          continue;
        }
        if (a.keys[s] !== ck) continue;
        a.keys[s] = u;
        a.rawkeys[s] = u;
        a.elems[s] = u;
        th[s] = emptyOne;
        // If the bucket now ends in a bunch of emptyOne states, change those to emptyRest states.
        notLast: {
          if (i === bucketCnt - 1) {
            const oa = a.ovfArr[bi];
            if (oa !== null && oa.tophash[a.ovfIdx[bi] * bucketCnt] !== emptyRest) break notLast;
          } else if (th[s + 1] !== emptyRest) break notLast;
          for (;;) {
            a.tophash[s] = emptyRest;
            if (i === 0) {
              if (a === origA && bi === bucket) break; // beginning of initial bucket, we're done.
              // Find previous bucket, continue at its last entry.
              const ca: bucketArray = a, ci = bi;
              a = origA;
              bi = bucket;
              while (a.ovfArr[bi] !== ca || a.ovfIdx[bi] !== ci) {
                const na: bucketArray = a.ovfArr[bi]!;
                bi = a.ovfIdx[bi];
                a = na;
              }
              i = bucketCnt - 1;
            } else i--;
            s = bi * bucketCnt + i;
            if (a.tophash[s] !== emptyOne) break;
          }
        }
        this.count--;
        // Reset the hash seed to make it more difficult for attackers to
        // repeatedly trigger hash collisions. See issue 25237.
        if (this.count === 0) this.hash0 = u32(this.rand());
        break search;
      }
      const na: bucketArray | null = a.ovfArr[bi];
      bi = a.ovfIdx[bi];
      a = na;
    }
  }

  // ---------------------------------------------------------------------------------------
  // mapclear

  clear(): void {
    if (this.calls.length !== 0) this.resetCalls();
    if (this.count === 0) return;
    // Mark buckets empty, so existing iterators can be terminated, see issue #59411.
    markBucketsEmpty(this.buckets!, (1 << this.B) - 1);
    if (this.oldbuckets !== null) markBucketsEmpty(this.oldbuckets, this.noldbuckets() - 1);
    this.flags &= ~sameSizeGrow;
    this.oldbuckets = null;
    this.nevacuate = 0;
    this.noverflow = 0;
    this.count = 0;
    // Reset the hash seed to make it more difficult for attackers to
    // repeatedly trigger hash collisions. See issue 25237.
    this.hash0 = u32(this.rand());
    // Keep the mapextra allocation but clear any extra information.
    if (this.extra !== null) this.extra = new mapextra();
    // makeBucketArray clears the memory pointed to by h.buckets and recovers any overflow
    // buckets by generating them as if h.buckets was newly alloced.
    const buckets = this.makeBucketArray(this.B, this.buckets, true);
    if (this.mbaNext >= 0) {
      // If overflow buckets are created then h.extra will have been allocated during initial bucket creation.
      this.extra!.nextOverflowArr = buckets;
      this.extra!.nextOverflowIdx = this.mbaNext;
    }
    if (this.trace !== null) this.trace({ kind: 'clear', detail: {} });
  }

  // ---------------------------------------------------------------------------------------
  // Growth

  private hashGrow(): void {
    this.enter('runtime.hashGrow');
    this.depth++;
    // If we've hit the load factor, get bigger.
    // Otherwise, there are too many overflow buckets,
    // so keep the same number of buckets and "grow" laterally.
    let bigger = 1;
    if (!overLoadFactor(this.count + 1, this.B)) {
      bigger = 0;
      this.flags |= sameSizeGrow;
    }
    const oldbuckets = this.buckets;
    const newbuckets = this.makeBucketArray(this.B + bigger, null, true);
    const nextOverflow = this.mbaNext;

    let flags = this.flags & ~(iterator | oldIterator);
    if ((this.flags & iterator) !== 0) flags |= oldIterator;
    // commit the grow
    this.B += bigger;
    this.flags = flags;
    this.oldbuckets = oldbuckets;
    this.buckets = newbuckets;
    this.nevacuate = 0;
    this.noverflow = 0;

    const e = this.extra;
    if (e !== null && e.overflow >= 0) {
      // Promote current overflow buckets to the old generation.
      if (e.oldoverflow) throw new Error('oldoverflow is not nil');
      e.oldoverflow = true;
      e.overflow = -1;
      e.overflowCap = 0;
    }
    if (nextOverflow >= 0) {
      if (this.extra === null) {
        this.extra = new mapextra();
        this.enter('runtime.newobject');
      }
      this.extra.nextOverflowArr = newbuckets;
      this.extra.nextOverflowIdx = nextOverflow;
    }
    this.depth--;
    if (this.trace !== null) this.trace({ kind: 'hashGrow', detail: { B: this.B, sameSize: bigger === 0 ? 1 : 0 } });
    // the actual copying of the hash table data is done incrementally by growWork() and evacuate().
  }

  /**
   * makeBucketArray: a bucket array for 2^b buckets, plus preallocated overflow buckets for
   * b >= 4 (as many as fit in the rounded-up allocation). With dirtyalloc, that array is
   * cleared and reused. The index of the first preallocated overflow bucket is left in
   * mbaNext (-1: none); the last one's overflow points at bucket 0 as a sentinel.
   */
  private makeBucketArray(b: number, dirtyalloc: bucketArray | null, record: boolean): bucketArray {
    if (record) this.enter('runtime.makeBucketArray');
    const base = bucketShift(b);
    let nbuckets = base;
    // For small b, overflow buckets are unlikely. Avoid the overhead of the calculation.
    if (b >= 4) {
      // Add on the estimated number of overflow buckets
      // required to insert the median number of elements used with this value of b.
      nbuckets += bucketShift(b - 4);
      const sz = this.bucketSize * nbuckets;
      const up = roundupsize(sz, !this.bucketPointers);
      if (up !== sz) nbuckets = Math.floor(up / this.bucketSize);
    }
    let buckets: bucketArray;
    if (dirtyalloc === null) {
      if (record) {
        this.depth++;
        this.enter('runtime.newarray');
        this.depth--;
      }
      buckets = new bucketArray(nbuckets, this.direct);
      if (record) this.allocs.push(nbuckets * this.bucketSize);
    } else {
      // dirtyalloc was previously generated by the above newarray(t.Bucket, int(nbuckets))
      // but may not be empty.
      buckets = dirtyalloc;
      buckets.tophash.fill(0);
      buckets.keys.fill(u);
      if (buckets.rawkeys !== buckets.keys) buckets.rawkeys.fill(u);
      buckets.elems.fill(u);
      buckets.ovfArr.fill(null);
      buckets.ovfIdx.fill(0);
    }
    this.mbaNext = -1;
    if (base !== nbuckets) {
      // We preallocated some overflow buckets. A preallocated overflow bucket whose overflow
      // pointer is nil has more after it; the last one points at buckets as a sentinel.
      this.mbaNext = base;
      buckets.ovfArr[nbuckets - 1] = buckets;
      buckets.ovfIdx[nbuckets - 1] = 0;
    }
    return buckets;
  }

  /** (*hmap).newoverflow: chains a new overflow bucket to bucket (a, bi); it is left in (ra, ri). */
  private newoverflow(a: bucketArray, bi: number): void {
    this.enter('runtime.(*hmap).newoverflow');
    this.depth++;
    let oa: bucketArray;
    let oi: number;
    const e = this.extra;
    if (e !== null && e.nextOverflowArr !== null) {
      // We have preallocated overflow buckets available.
      oa = e.nextOverflowArr;
      oi = e.nextOverflowIdx;
      if (oa.ovfArr[oi] === null) {
        // We're not at the end of the preallocated overflow buckets. Bump the pointer.
        e.nextOverflowIdx++;
      } else {
        // This is the last preallocated overflow bucket.
        // Reset the overflow pointer on this bucket, which was set to a non-nil sentinel value.
        oa.ovfArr[oi] = null;
        oa.ovfIdx[oi] = 0;
        e.nextOverflowArr = null;
      }
    } else {
      // newobject(t.Bucket), inlined.
      this.enter('runtime.mallocgc');
      this.allocs.push(this.bucketSize);
      let c = this.ovfChunk;
      if (c === null || this.ovfChunkNext === c.n) {
        c = this.ovfChunk = new bucketArray(Math.min(maxOverflowChunk, Math.max(4, bucketShift(this.B) >> 3)), this.direct);
        this.ovfChunkNext = 0;
      }
      oa = c;
      oi = this.ovfChunkNext++;
    }
    this.incrnoverflow();
    if (!this.bucketPointers) {
      this.createOverflow(true);
      const x = this.extra!;
      if (x.overflow === x.overflowCap) {
        this.enter('runtime.growslice');
        x.overflowCap = growPtrSliceCap(x.overflowCap, x.overflow + 1);
      }
      x.overflow++;
    }
    a.ovfArr[bi] = oa;
    a.ovfIdx[bi] = oi;
    this.depth--;
    if (this.trace !== null) this.trace({ kind: 'overflow', detail: { noverflow: this.noverflow } });
    this.ra = oa;
    this.ri = oi;
  }

  /** (*hmap).incrnoverflow: exact below B=16, then with probability 1/(1<<(B-15)). */
  private incrnoverflow(): void {
    this.enter('runtime.(*hmap).incrnoverflow');
    // We trigger same-size map growth if there are as many overflow buckets as buckets.
    // We need to be able to count to 1<<h.B.
    if (this.B < 16) {
      this.noverflow = (this.noverflow + 1) & 0xffff;
      return;
    }
    // Increment with probability 1/(1<<(h.B-15)).
    // When we reach 1<<15 - 1, we will have approximately as many overflow buckets as buckets.
    const mask = (1 << (this.B - 15)) - 1;
    if ((u32(this.rand()) & mask) === 0) this.noverflow = (this.noverflow + 1) & 0xffff;
  }

  /** (*hmap).createOverflow (inlined; its two `new`s are calls of runtime.newobject). */
  private createOverflow(record: boolean): void {
    if (this.extra === null) {
      this.extra = new mapextra();
      if (record) this.enter('runtime.newobject');
    }
    if (this.extra.overflow < 0) {
      this.extra.overflow = 0;
      this.extra.overflowCap = 0;
      if (record) this.enter('runtime.newobject');
    }
  }

  /** growing reports whether h is growing. The growth may be to the same size or bigger. */
  growing(): boolean {
    return this.oldbuckets !== null;
  }

  /** sameSizeGrow reports whether the current growth is to a map of the same size. */
  sameSizeGrow(): boolean {
    return (this.flags & sameSizeGrow) !== 0;
  }

  /** noldbuckets calculates the number of buckets prior to the current map growth. */
  noldbuckets(): number {
    let oldB = this.B;
    if ((this.flags & sameSizeGrow) === 0) oldB--;
    return bucketShift(oldB);
  }

  /** oldbucketmask provides a mask that can be applied to calculate n % noldbuckets(). */
  oldbucketmask(): number {
    return this.noldbuckets() - 1;
  }

  private growWork(bucket: number): void {
    this.enter(growWorkNames[this.variant]);
    this.depth++;
    // make sure we evacuate the oldbucket corresponding to the bucket we're about to use
    this.evacuate(bucket & this.oldbucketmask());
    // evacuate one more oldbucket to make progress on growing
    if (this.growing()) this.evacuate(this.nevacuate);
    this.depth--;
  }

  private evacuate(oldbucket: number): void {
    this.enter(evacuateNames[this.variant]);
    this.depth++;
    const oldbuckets = this.oldbuckets!;
    const newbit = this.noldbuckets();
    if (this.trace !== null) this.trace({ kind: 'evacuate', detail: { oldbucket } });
    if (!evacuated(oldbuckets, oldbucket)) {
      const buckets = this.buckets!;
      const same = (this.flags & sameSizeGrow) !== 0;
      // xy contains the x and y (low and high) evacuation destinations: bucket and next slot.
      let xa = buckets, xb = oldbucket, xi = 0;
      let ya = buckets, yb = oldbucket + newbit, yi = 0;
      let a: bucketArray | null = oldbuckets;
      let bi = oldbucket;
      do {
        const th = a.tophash;
        for (let s = bi * bucketCnt, e = s + bucketCnt; s < e; s++) {
          let top = th[s];
          if (isEmpty(top)) {
            th[s] = evacuatedEmpty;
            continue;
          }
          if (top < minTopHash) throw new Error('bad map state');
          const ck = a.keys[s];
          let useY = 0;
          if (!same) {
            // Compute hash to make our evacuation decision (whether we need
            // to send this key/elem to bucket x or bucket y).
            if (!this.reflexiveKey && this.isNaNKey(ck, a.rawkeys[s])) {
              // A NaN hashes to a random value.
              const hash = hash64(ck, u32(this.rand()));
              if ((this.flags & iterator) !== 0) {
                // If key != key (NaNs), the hash is not reproducible, but our evacuation
                // decision must match whatever decision an iterator made: the low bit of
                // tophash drives it, and a new random tophash spreads these keys.
                useY = top & 1;
                top = tophashOf(hashHi);
              } else if ((hash & newbit) !== 0) useY = 1;
            } else if ((hash64(ck, this.hash0) & newbit) !== 0) useY = 1;
          }
          th[s] = evacuatedX + useY; // evacuatedX + 1 == evacuatedY
          let da: bucketArray, ds: number;
          if (useY === 0) {
            if (xi === bucketCnt) {
              this.newoverflow(xa, xb);
              xa = this.ra!;
              xb = this.ri;
              xi = 0;
            }
            da = xa;
            ds = xb * bucketCnt + xi++;
          } else {
            if (yi === bucketCnt) {
              this.newoverflow(ya, yb);
              ya = this.ra!;
              yb = this.ri;
              yi = 0;
            }
            da = ya;
            ds = yb * bucketCnt + yi++;
          }
          da.tophash[ds] = top;
          da.keys[ds] = ck;
          da.rawkeys[ds] = a.rawkeys[s];
          da.elems[ds] = a.elems[s];
        }
        const na: bucketArray | null = a.ovfArr[bi];
        bi = a.ovfIdx[bi];
        a = na;
      } while (a !== null);
      // Unlink the overflow buckets & clear key/elem to help GC.
      // Preserve b.tophash because the evacuation state is maintained there.
      if ((this.flags & oldIterator) === 0 && this.bucketPointers) oldbuckets.clearData(oldbucket);
    }
    if (oldbucket === this.nevacuate) this.advanceEvacuationMark(newbit);
    this.depth--;
  }

  private advanceEvacuationMark(newbit: number): void {
    this.enter('runtime.advanceEvacuationMark');
    const oldbuckets = this.oldbuckets!;
    this.nevacuate++;
    // Experiments suggest that 1024 is overkill by at least an order of magnitude.
    // Put it in there as a safeguard anyway, to ensure O(1) behavior.
    let stop = this.nevacuate + 1024;
    if (stop > newbit) stop = newbit;
    while (this.nevacuate !== stop && evacuated(oldbuckets, this.nevacuate)) this.nevacuate++;
    if (this.nevacuate === newbit) {
      // newbit == # of oldbuckets: growing is all done. Free old main bucket array.
      this.oldbuckets = null;
      // Can discard old overflow buckets as well.
      if (this.extra !== null) this.extra.oldoverflow = false;
      this.flags &= ~sameSizeGrow;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Iteration

  iter(rand: () => number): ModelIter {
    return new hiter(this, rand);
  }

  /** mapiterinit's part on the map: createOverflow for pointer-free buckets, the flags. */
  iterInit(): void {
    if (!this.bucketPointers) this.createOverflow(false);
    // Remember we have an iterator.
    this.flags |= iterator | oldIterator;
  }

  /** True when a stored key is a NaN (or holds one), so that key != key. */
  isNaNKey(ck: unknown, raw: unknown): boolean {
    if (this.floatKey) return typeof ck === 'object';
    return hasNaN(this.keyType, raw);
  }

  /** The hash of a stored key under the current seed (mapiternext's checkBucket test). */
  hashOf(ck: unknown): number {
    return hash64(ck, this.hash0);
  }

  /**
   * mapiternext's re-lookup (mapaccessK) of a key whose bucket was evacuated since the
   * iteration began: false when it was deleted, else the current key and elem go into it.
   */
  relookup(ck: unknown, it: hiter): boolean {
    if (!this.mapaccessK(ck)) return false;
    it.key = this.ra!.rawkeys[this.ri];
    it.val = this.ra!.elems[this.ri];
    return true;
  }

  entries(): [unknown, unknown][] {
    const out: [unknown, unknown][] = [];
    const add = (a0: bucketArray, b0: number) => {
      for (let a: bucketArray | null = a0, bi = b0; a !== null; ) {
        for (let s = bi * bucketCnt, e = s + bucketCnt; s < e; s++) if (a.tophash[s] >= minTopHash) out.push([a.rawkeys[s], a.elems[s]]);
        const na: bucketArray | null = a.ovfArr[bi];
        bi = a.ovfIdx[bi];
        a = na;
      }
    };
    if (this.oldbuckets !== null) {
      const n = this.noldbuckets();
      for (let i = 0; i < n; i++) if (!evacuated(this.oldbuckets, i)) add(this.oldbuckets, i);
    }
    if (this.buckets !== null) {
      const n = bucketShift(this.B);
      for (let i = 0; i < n; i++) add(this.buckets, i);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------
  // Checks and views

  checkInvariants(): void {
    const fail = (what: string): never => {
      throw new Error(`buckets invariant: ${what}`);
    };
    const growing = this.oldbuckets !== null;
    if (!growing && (this.flags & sameSizeGrow) !== 0) fail('sameSizeGrow set while not growing');
    if ((this.flags & ~(iterator | oldIterator | sameSizeGrow)) !== 0) fail(`flags ${this.flags} hold unknown bits`);
    if (this.buckets === null) {
      if (this.B !== 0 || this.count !== 0 || growing) fail('buckets nil with B != 0, entries or a growth');
      return;
    }
    const nb = bucketShift(this.B);
    if (this.buckets.n < nb) fail(`bucket array has ${this.buckets.n} buckets, B=${this.B}`);
    const seen = new Set<unknown>();
    let live = 0;
    const chain = (a0: bucketArray, b0: number, visit: (a: bucketArray, s: number) => void) => {
      let n = 0;
      for (let a: bucketArray | null = a0, bi = b0; a !== null; n++) {
        if (n > 1e6) fail(`bucket ${b0}: overflow chain cycle`);
        for (let s = bi * bucketCnt, e = s + bucketCnt; s < e; s++) visit(a, s);
        const na: bucketArray | null = a.ovfArr[bi];
        bi = a.ovfIdx[bi];
        a = na;
      }
    };
    const checkChain = (a0: bucketArray, index: number, mask: number, where: string) => {
      let rest = false;
      chain(a0, index, (a, s) => {
        const t = a.tophash[s];
        if (rest && t !== emptyRest) fail(`emptyRest: ${where} bucket ${index} has tophash ${t} after an emptyRest slot`);
        if (t === emptyRest) {
          rest = true;
          return;
        }
        if (t === emptyOne) return;
        if (t < minTopHash) fail(`${where} bucket ${index} holds evacuation mark ${t}`);
        live++;
        const ck = a.keys[s];
        if (!this.reflexiveKey && this.isNaNKey(ck, a.rawkeys[s])) return;
        const hash = hash64(ck, this.hash0);
        const top = tophashOf(hashHi);
        if ((hash & mask) !== index) fail(`key ${String(ck)} in ${where} bucket ${index}, its hash selects ${hash & mask}`);
        if (top !== t) fail(`key ${String(ck)} in ${where} bucket ${index}: tophash ${t}, want ${top}`);
        if (seen.has(ck)) fail(`duplicate key ${String(ck)}`);
        seen.add(ck);
      });
    };
    if (growing) {
      const old = this.oldbuckets!;
      const n = this.noldbuckets();
      if (old.n < n) fail('old bucket array too short');
      if (!(this.nevacuate >= 0 && this.nevacuate < n)) fail(`nevacuate ${this.nevacuate} outside [0, ${n})`);
      for (let i = 0; i < n; i++) {
        if (evacuated(old, i)) {
          chain(old, i, (a, s) => {
            const t = a.tophash[s];
            if (t < evacuatedX || t > evacuatedEmpty) fail(`old bucket ${i} partly evacuated (tophash ${t})`);
          });
          continue;
        }
        if (i < this.nevacuate) fail(`old bucket ${i} below nevacuate ${this.nevacuate} not evacuated`);
        checkChain(old, i, n - 1, 'old');
        // Its new bucket(s) must still be empty: writes evacuate first.
        const xs = this.sameSizeGrow() ? [i] : [i, i + n];
        for (const x of xs) {
          for (let s = x * bucketCnt; s < (x + 1) * bucketCnt; s++) {
            if (this.buckets.tophash[s] !== emptyRest) fail(`new bucket ${x} filled before old bucket ${i} was evacuated`);
          }
        }
      }
    }
    for (let i = 0; i < nb; i++) checkChain(this.buckets, i, nb - 1, 'new');
    if (live !== this.count) fail(`count ${this.count}, live slots ${live}`);
  }

  state(): BucketsMapState {
    const label = (a: bucketArray, s: number): string => {
      const t = a.tophash[s];
      if (isEmpty(t) || t === evacuatedEmpty || a.keys[s] === undefined) return '';
      const raw = a.rawkeys[s];
      if (raw === null || typeof raw !== 'object') return String(raw);
      const ck = a.keys[s];
      if (typeof ck === 'string') return ck;
      if (ck !== null && typeof ck === 'object' && 'nan' in ck) return 'NaN';
      return 'ptr';
    };
    const one = (a: bucketArray, bi: number): BmapState => {
      const s = bi * bucketCnt;
      return { tophash: Array.from(a.tophash.subarray(s, s + bucketCnt)), keys: Array.from({ length: bucketCnt }, (_, i) => label(a, s + i)) };
    };
    const bucket = (a: bucketArray, bi: number): BucketState => {
      const overflow: BmapState[] = [];
      for (let o = a.ovfArr[bi], oi = a.ovfIdx[bi]; o !== null; ) {
        overflow.push(one(o, oi));
        const no: bucketArray | null = o.ovfArr[oi];
        oi = o.ovfIdx[oi];
        o = no;
      }
      return { ...one(a, bi), overflow };
    };
    const arr = (a: bucketArray, n: number) => Array.from({ length: n }, (_, i) => bucket(a, i));
    return {
      model: 'buckets',
      count: this.count,
      flags: this.flags,
      B: this.B,
      noverflow: this.noverflow,
      hash0: this.hash0,
      nevacuate: this.nevacuate,
      buckets: this.buckets === null ? [] : arr(this.buckets, bucketShift(this.B)),
      oldbuckets: this.oldbuckets === null ? null : arr(this.oldbuckets, this.noldbuckets()),
    };
  }

  private resetCalls(): void {
    this.calls.length = 0;
    this.allocs.length = 0;
    this.callDepth.length = 0;
  }

  private enter(name: string): void {
    this.calls.push(name);
    this.callDepth.push(this.depth);
  }
}

const growWorkNames: Record<MapVariant, string> = {
  fast32: 'runtime.growWork_fast32',
  fast64: 'runtime.growWork_fast64',
  fast64ptr: 'runtime.growWork_fast64',
  faststr: 'runtime.growWork_faststr',
  slow: 'runtime.growWork',
};
const evacuateNames: Record<MapVariant, string> = {
  fast32: 'runtime.evacuate_fast32',
  fast64: 'runtime.evacuate_fast64',
  fast64ptr: 'runtime.evacuate_fast64',
  faststr: 'runtime.evacuate_faststr',
  slow: 'runtime.evacuate',
};

/** mapclear's markBucketsEmpty: every slot of buckets 0..mask and their chains → emptyRest. */
function markBucketsEmpty(buckets: bucketArray, mask: number): void {
  for (let i = 0; i <= mask; i++) {
    for (let a: bucketArray | null = buckets, bi = i; a !== null; ) {
      a.tophash.fill(emptyRest, bi * bucketCnt, (bi + 1) * bucketCnt);
      const na: bucketArray | null = a.ovfArr[bi];
      bi = a.ovfIdx[bi];
      a = na;
    }
  }
}

/** growslice's new capacity for a []*bmap (go1.23 runtime/slice.go nextslicecap + roundupsize). */
function growPtrSliceCap(oldCap: number, newLen: number): number {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (newLen > doublecap) newcap = newLen;
  else if (oldCap < 256) newcap = doublecap;
  else {
    while (newcap < newLen) newcap += (newcap + 3 * 256) >> 2;
  }
  return Math.floor(roundupsize(newcap * ptrSize, false) / ptrSize);
}

// ---------------------------------------------------------------------------------------------
// Type properties (cmd/compile: types.AlgType, reflectdata.AlgType, walk.mapfast, needkeyupdate,
// types.IsReflexive, Type.HasPointers).

type Alg = 'mem' | 'string' | 'other' | 'noeq';

function algType(t: RType): Alg {
  switch (t.kind) {
    case 'string':
      return 'string';
    case 'float32': case 'float64': case 'interface':
      return 'other';
    case 'slice': case 'map': case 'func':
      return 'noeq';
    case 'array': {
      const a = algType(t.elem!);
      if (a === 'mem' || a === 'noeq') return a;
      if (t.len === 0) return 'mem';
      // Single-element array is same as its lone element.
      return t.len === 1 ? a : 'other';
    }
    case 'struct': {
      const fs = t.fields;
      // One-field struct is same as that one field alone.
      if (fs.length === 1 && fs[0].name !== '_') return algType(fs[0].type);
      let r: Alg = 'mem';
      for (let i = 0; i < fs.length; i++) {
        let a = algType(fs[i].type);
        if (a === 'noeq') return 'noeq';
        // Blank fields, padded fields and fields with non-memory equality need a special compare.
        const end = i + 1 < fs.length ? fs[i + 1].offset : t.size;
        if (a !== 'mem' || fs[i].name === '_' || fs[i].offset + fs[i].type.size !== end) a = 'other';
        if (a === 'other') r = 'other';
      }
      return r;
    }
    default:
      return 'mem';
  }
}

function hasPointers(t: RType): boolean {
  switch (t.kind) {
    case 'string': case 'slice': case 'ptr': case 'map': case 'func': case 'interface': case 'chan': case 'unsafe.Pointer':
      return true;
    case 'array':
      return t.len > 0 && hasPointers(t.elem!);
    case 'struct':
      return t.fields.some((f) => hasPointers(f.type));
    default:
      return false;
  }
}

/** The entry-point family the compiler uses for map[key]elem (go1.23 walk.go mapfast). */
export function mapVariant(key: RType, elem: RType): MapVariant {
  if (elem.size > maxElemSize) return 'slow';
  switch (algType(key)) {
    case 'mem':
      if (key.size === 4 && !hasPointers(key)) return 'fast32';
      if (key.size === 8) return hasPointers(key) ? 'fast64ptr' : 'fast64';
      return 'slow';
    case 'string':
      return 'faststr';
    default:
      return 'slow';
  }
}

function needKeyUpdate(t: RType): boolean {
  switch (t.kind) {
    case 'float32': case 'float64': case 'interface': case 'string':
      return true;
    case 'array':
      return needKeyUpdate(t.elem!);
    case 'struct':
      return t.fields.some((f) => needKeyUpdate(f.type));
    default:
      return false;
  }
}

function isReflexive(t: RType): boolean {
  switch (t.kind) {
    case 'float32': case 'float64': case 'interface':
      return false;
    case 'array':
      return isReflexive(t.elem!);
    case 'struct':
      return t.fields.every((f) => isReflexive(f.type));
    default:
      return true;
  }
}

/** Whether a key value of type t is (or contains) a NaN, so that key != key. */
function hasNaN(t: RType, v: unknown): boolean {
  switch (t.kind) {
    case 'float32': case 'float64':
      return v !== v;
    case 'interface':
      return v !== null && hasNaN((v as Iface).t, (v as Iface).v);
    case 'array': {
      const a = v as unknown[];
      for (let i = 0; i < a.length; i++) if (hasNaN(t.elem!, a[i])) return true;
      return false;
    }
    case 'struct': {
      const o = v as Record<string, unknown>;
      return t.fields.some((f) => hasNaN(f.type, o[f.key]));
    }
    default:
      return false;
  }
}

/** A map iteration (go1.23 runtime/map.go hiter, mapiterinit, mapiternext). */
export class hiter implements ModelIter {
  key: unknown = undefined;
  val: unknown = undefined;
  readonly lookedUp = false;
  private readonly h: hmap | null;
  /** bucket ptr at hash_iter initialization time */
  private readonly buckets: bucketArray | null = null;
  /** current bucket (bptrArr null: none) */
  private bptrArr: bucketArray | null = null;
  private bptrIdx = 0;
  /** bucket iteration started at */
  private readonly startBucket: number = 0;
  /** intra-bucket offset to start from during iteration */
  private readonly offset: number = 0;
  /** already wrapped around from end of bucket array to beginning */
  private wrapped = false;
  private readonly B: number = 0;
  /** bucketShift(B) */
  private readonly nbuckets: number = 0;
  /** t.ReflexiveKey() */
  private readonly reflexive: boolean = true;
  private i = 0;
  private bucket = 0;
  private checkBucket = noCheck;
  private done = false;

  /** mapiterinit, without its first mapiternext (the first next() call does that). */
  constructor(h: hmap, rand: () => number) {
    if (h.count === 0) {
      this.h = null;
      return;
    }
    this.h = h;
    // grab snapshot of bucket state
    this.B = h.B;
    this.nbuckets = bucketShift(h.B);
    this.reflexive = h.reflexiveKey;
    this.buckets = h.buckets;
    // decide where to start
    const r = u32(rand());
    this.startBucket = r & ((1 << h.B) - 1);
    this.offset = (h.B <= 29 ? r >>> h.B : u32(rand())) & (bucketCnt - 1);
    // iterator state
    this.bucket = this.startBucket;
    h.iterInit();
  }

  /** mapiternext: false at the end of the iteration. */
  next(): boolean {
    const h = this.h;
    if (h === null || this.done) return false;
    let bucket = this.bucket;
    let a = this.bptrArr;
    let bi = this.bptrIdx;
    let i = this.i;
    let checkBucket = this.checkBucket;
    for (;;) {
      // next:
      if (a === null) {
        if (bucket === this.startBucket && this.wrapped) {
          // end of iteration
          this.key = undefined;
          this.val = undefined;
          this.done = true;
          return false;
        }
        const old = h.oldbuckets;
        if (old !== null && this.B === h.B) {
          // Iterator was started in the middle of a grow, and the grow isn't done yet.
          // If the bucket we're looking at hasn't been filled in yet (i.e. the old
          // bucket hasn't been evacuated) then we need to iterate through the old
          // bucket and only return the ones that will be migrated to this bucket.
          const oldbucket = bucket & h.oldbucketmask();
          if (!evacuated(old, oldbucket)) {
            a = old;
            bi = oldbucket;
            checkBucket = bucket;
          } else {
            a = this.buckets!;
            bi = bucket;
            checkBucket = noCheck;
          }
        } else {
          a = this.buckets!;
          bi = bucket;
          checkBucket = noCheck;
        }
        bucket++;
        if (bucket === this.nbuckets) {
          bucket = 0;
          this.wrapped = true;
        }
        i = 0;
      }
      const base = bi * bucketCnt;
      const offset = this.offset;
      const th = a.tophash;
      for (; i < bucketCnt; i++) {
        const s = base + ((i + offset) & (bucketCnt - 1));
        const top = th[s];
        if (top <= emptyOne || top === evacuatedEmpty) continue;
        const ck = a.keys[s];
        const nan = !this.reflexive && h.isNaNKey(ck, a.rawkeys[s]);
        if (checkBucket !== noCheck && !h.sameSizeGrow()) {
          // Special case: iterator was started during a grow to a larger size and the grow
          // is not done yet. We're working on a bucket whose oldbucket has not been
          // evacuated yet, skipping any keys that will go to the other new bucket.
          if (!nan) {
            // If the item in the oldbucket is not destined for the current new bucket in
            // the iteration, skip it.
            if ((h.hashOf(ck) & (this.nbuckets - 1)) !== checkBucket) continue;
          } else if (checkBucket >>> (this.B - 1) !== (top & 1)) {
            // Hash isn't repeatable if k != k (NaNs): the low bit of tophash decides which
            // way NaNs go (evacuate does the same).
            continue;
          }
        }
        if ((top !== evacuatedX && top !== evacuatedY) || nan) {
          // This is the golden data, we can return it. OR key!=key, so the entry can't be
          // deleted or updated, so we can just return it.
          this.key = a.rawkeys[s];
          this.val = a.elems[s];
        } else if (!h.relookup(ck, this)) {
          // The hash table has grown since the iterator was started and the golden data
          // for this key is now somewhere else: the key has been deleted.
          continue;
        }
        this.bucket = bucket;
        this.bptrArr = a;
        this.bptrIdx = bi;
        this.i = i + 1;
        this.checkBucket = checkBucket;
        return true;
      }
      const na: bucketArray | null = a.ovfArr[bi];
      bi = a.ovfIdx[bi];
      a = na;
      i = 0;
    }
  }
}
