// Engine III: the go1.23 bucket map model (src/engine/runtime/maps/buckets.ts).
//  - Layout decisions that do not depend on the hash (B per make hint, the inserts at which B
//    grows, flags, clear and delete behaviour) against real go1.23, captured by
//    scripts/capture-map-layout-buckets.mjs into goldens/buckets-go1.23.json.
//  - Differential fuzzing against a reference JS Map over random get/set/delete/clear/range
//    sequences, with mutations (and nested ranges) during iterations, for several key types
//    (int incl. BigInt, string, struct, float64 with NaN and -0, interface), checking Go's
//    iteration rules and checkInvariants() after every mutation.
//  - The runtime calls made under the writing flag, the compiler's entry-point variants,
//    trace steps and state().

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hmap, mapVariant, type BucketsMapState } from '../../src/engine/runtime/maps/buckets.ts';
import type { MapStep } from '../../src/engine/runtime/maps/model.ts';
import { GoPanic } from '../../src/engine/runtime/panic.ts';
import { RunState, setCurrent } from '../../src/engine/runtime/state.ts';
import { Iface, type RType } from '../../src/engine/runtime/values.ts';

// ---------------------------------------------------------------------------------------------
// Run-time types, built by hand (amd64 sizes and offsets).

let nextTypeId = 1000;
function rt(kind: RType['kind'], size: number, extra: Partial<RType> = {}): RType {
  return {
    id: nextTypeId++, kind, str: kind, named: false, pkgPath: '', elem: null, key: null, len: 0, fields: [],
    methods: new Map(), msigs: new Map(), imethods: [], isigs: [], comparable: true, size, zero: () => 0,
    implCache: new Map(), ...extra,
  };
}

function alignOf(t: RType): number {
  if (t.kind === 'struct') return Math.max(1, ...t.fields.map((f) => alignOf(f.type)));
  if (t.kind === 'array') return alignOf(t.elem!);
  return Math.min(8, Math.max(1, t.size));
}

function struct(fields: [string, RType][]): RType {
  let off = 0;
  const fs = fields.map(([name, type]) => {
    const a = alignOf(type);
    off = Math.ceil(off / a) * a;
    const f = { name, key: name, type, embedded: false, exported: true, offset: off };
    off += type.size;
    return f;
  });
  const t = rt('struct', 0, { fields: fs });
  t.size = Math.ceil(off / alignOf(t)) * alignOf(t);
  return t;
}

const INT = rt('int', 8);
const INT8 = rt('int8', 1);
const INT32 = rt('int32', 4);
const UINT8 = rt('uint8', 1);
const BOOL = rt('bool', 1);
const STR = rt('string', 16);
const F64 = rt('float64', 8);
const ANY = rt('interface', 16);
const SLICE = rt('slice', 24, { comparable: false, str: '[]int' });
const PAIR = struct([['A', INT], ['B', STR]]);
const arrayOf = (elem: RType, len: number) => rt('array', elem.size * len, { elem, len });

function mulberry32(seed: number): () => number {
  let s = seed | 0;
  return () => {
    let t = (s = (s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(() => {
  const st = new RunState(1, { funcs: new Map(), lines: new Int32Array(0), absPath: '/tmp/prog.go' }, 1e12, 1e12, 0, []);
  st.goMinor = 23;
  setCurrent(st);
});
afterAll(() => setCurrent(null));

// ---------------------------------------------------------------------------------------------
// Goldens from real go1.23

interface Snapshot { step: string; count: number; flags: number; B: number; growing: boolean; reseeded: boolean; noverflow?: number }
interface Golden {
  provenance: { go: string; command: string };
  hints: [number, number][];
  sampleHints: [number, number][];
  growth: { key: string; hint: number; inserts: number; points: [number, number, boolean][] }[];
  scenarios: { name: string; steps: Snapshot[] }[];
}
const golden = JSON.parse(readFileSync(new URL('./goldens/buckets-go1.23.json', import.meta.url), 'utf8')) as Golden;

describe('bucket model against go1.23 (layout goldens)', () => {
  it('was captured from go1.23', () => {
    expect(golden.provenance.go).toMatch(/^go1\.23\./);
    expect(golden.provenance.command).toBe('node scripts/capture-map-layout-buckets.mjs');
  });

  it('chooses B for make(map, hint) as makemap does, hint 0..2000 and samples', () => {
    const rand = mulberry32(1);
    const want = (hint: number) => {
      let B = 0;
      for (const [first, b] of golden.hints) if (hint >= first) B = b;
      return B;
    };
    for (let hint = 0; hint <= 2000; hint++) {
      const m = new hmap(INT, INT, hint, rand);
      if (m.B !== want(hint)) expect({ hint, B: m.B }).toEqual({ hint, B: want(hint) });
      // makemap_small and B == 0 allocate the buckets lazily.
      expect(m.buckets === null).toBe(m.B === 0);
    }
    for (const [hint, B] of golden.sampleHints) expect({ hint, B: new hmap(INT, INT, hint, rand).B }).toEqual({ hint, B });
    expect(golden.hints.slice(0, 6)).toEqual([[0, 0], [9, 1], [14, 2], [27, 3], [53, 4], [105, 5]]);
  });

  it('grows at the same inserts (9, 14, 27, 53, 105, ...), growing right after as Go', () => {
    for (const g of golden.growth) {
      for (const seed of [1, 2, 3]) {
        const m = new hmap(g.key === 'int' ? INT : STR, INT, g.hint, mulberry32(seed));
        const got: [number, number, boolean][] = [];
        let B = -1;
        for (let i = 1; i <= g.inserts; i++) {
          m.set(g.key === 'int' ? i * 7919 : 'k' + i, i);
          expect(m.count).toBe(i);
          if (m.B !== B) {
            B = m.B;
            got.push([i, B, m.growing()]);
          }
        }
        m.checkInvariants();
        expect({ key: g.key, hint: g.hint, points: got }).toEqual({ key: g.key, hint: g.hint, points: g.points });
      }
    }
  });

  // The same steps as the Go program in scripts/capture-map-layout-buckets.mjs.
  const scenarioSteps: Record<string, (rand: () => number, snap: (m: hmap, step: string) => void) => void> = {
    'clear-growing': (rand, snap) => {
      const m = new hmap(INT, INT, 0, rand);
      snap(m, '');
      fill(m, 1, 833);
      snap(m, 'insert-833');
      m.clear();
      snap(m, 'clear');
      fill(m, 1, 5);
      snap(m, 'insert-5');
    },
    clear: (rand, snap) => {
      const m = new hmap(INT, INT, 0, rand);
      snap(m, '');
      fill(m, 1, 1000);
      snap(m, 'insert-1000');
      m.clear();
      snap(m, 'clear');
      m.clear();
      snap(m, 'clear-empty');
    },
    'delete-all': (rand, snap) => {
      const m = new hmap(INT, INT, 0, rand);
      snap(m, '');
      fill(m, 1, 100);
      snap(m, 'insert-100');
      for (let i = 1; i < 100; i++) m.delete(i);
      snap(m, 'delete-99');
      m.delete(100);
      snap(m, 'delete-100');
      m.delete(100);
      snap(m, 'delete-absent');
    },
    'range-flags': (rand, snap) => {
      const m = new hmap(INT, INT, 0, rand);
      const range = () => {
        const it = m.iter(rand);
        while (it.next());
      };
      snap(m, '');
      range();
      snap(m, 'range-empty');
      fill(m, 1, 100);
      range();
      snap(m, 'range-100');
      fill(m, 101, 105);
      snap(m, 'insert-105');
      range();
      snap(m, 'range-105');
      fill(m, 106, 140);
      snap(m, 'insert-140');
    },
    'hint-clear': (rand, snap) => {
      const m = new hmap(INT, INT, 1000, rand);
      snap(m, '');
      m.set(1, 1);
      snap(m, 'insert-1');
      m.clear();
      snap(m, 'clear');
    },
  };
  function fill(m: hmap, from: number, to: number): void {
    for (let i = from; i <= to; i++) {
      m.set(i, i);
      m.checkInvariants();
    }
  }

  for (const scn of golden.scenarios) {
    it(`header after clear/delete/range/growth steps: ${scn.name}`, () => {
      for (const seed of [1, 7, 42]) {
        const got: Snapshot[] = [];
        let last = 0;
        scenarioSteps[scn.name]!(mulberry32(seed), (m, step) => {
          const s: Snapshot = { step, count: m.count, flags: m.flags, B: m.B, growing: m.growing(), reseeded: m.hash0 !== last };
          if (step.startsWith('clear')) s.noverflow = m.noverflow;
          last = m.hash0;
          if (step !== '') got.push(s);
        });
        expect(got).toEqual(scn.steps);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Differential fuzzing

interface KeySpec {
  name: string;
  t: RType;
  /** A random key among about `range` distinct ones. */
  gen(r: () => number, range: number): unknown;
  /** Reference identity of a key; null for keys that are not equal to themselves (NaN). */
  id(k: unknown): string | null;
}

const specs: KeySpec[] = [
  {
    name: 'int',
    t: INT,
    gen: (r, n) => {
      const x = Math.floor(r() * n);
      return r() < 0.1 ? 2n ** 62n + BigInt(x) : x > 0 && r() < 0.1 ? -x : x;
    },
    id: (k) => typeof k + ':' + String(k),
  },
  {
    name: 'string',
    t: STR,
    gen: (r, n) => {
      const x = Math.floor(r() * n);
      return x === 0 ? '' : x % 5 === 0 ? 'long key '.repeat(x % 7) + x : 'k' + x;
    },
    id: (k) => k as string,
  },
  {
    name: 'struct{A int; B string}',
    t: PAIR,
    gen: (r, n) => {
      const x = Math.floor(r() * n);
      return { A: x % 7, B: 's' + Math.floor(x / 7) };
    },
    id: (k) => JSON.stringify(k),
  },
  {
    name: 'float64 with NaN and -0',
    t: F64,
    gen: (r, n) => {
      if (r() < 0.03) return NaN;
      const x = Math.floor(r() * n) / 4 - n / 8;
      return x === 0 && r() < 0.5 ? -0 : x;
    },
    id: (k) => ((k as number) !== (k as number) ? null : String(k)),
  },
  {
    name: 'interface{} (int, string, float64 with NaN)',
    t: ANY,
    gen: (r, n) => {
      const x = Math.floor(r() * n);
      const c = r();
      if (c < 0.4) return new Iface(INT, x);
      if (c < 0.8) return new Iface(STR, 'k' + x);
      return new Iface(F64, r() < 0.1 ? NaN : x + 0.5);
    },
    id: (k) => {
      const i = k as Iface;
      return i.v !== i.v ? null : i.t.kind + ':' + String(i.v);
    },
  },
];

interface Entry { key: unknown; val: number; gen: number }

/** The reference: a JS Map by key identity, plus the NaN entries (each its own entry). */
class Ref {
  m = new Map<string, Entry>();
  nans: Entry[] = [];
  private gens = 0;
  /** Keys removed (deleted or cleared) since the last reset: not present for a whole range. */
  removed = new Set<string>();
  nansRemoved = false;
  private readonly spec: KeySpec;
  constructor(spec: KeySpec) {
    this.spec = spec;
  }
  size(): number {
    return this.m.size + this.nans.length;
  }
  set(k: unknown, val: number): void {
    const id = this.spec.id(k);
    if (id === null) {
      this.nans.push({ key: k, val, gen: ++this.gens });
      return;
    }
    const e = this.m.get(id);
    if (e) {
      e.key = k;
      e.val = val;
    } else this.m.set(id, { key: k, val, gen: ++this.gens });
  }
  get(k: unknown): Entry | undefined {
    const id = this.spec.id(k);
    return id === null ? undefined : this.m.get(id);
  }
  delete(k: unknown): void {
    const id = this.spec.id(k);
    if (id !== null && this.m.delete(id)) this.removed.add(id);
  }
  clear(): void {
    for (const id of this.m.keys()) this.removed.add(id);
    if (this.nans.length > 0) this.nansRemoved = true;
    this.m.clear();
    this.nans = [];
  }
}

class Fuzzer {
  ops = 0;
  val = 0;
  ranges = 0;
  produced = 0;
  readonly spec: KeySpec;
  readonly r: () => number;
  readonly m: hmap;
  readonly ref: Ref;
  readonly keyRange: number;
  constructor(spec: KeySpec, r: () => number, m: hmap, ref: Ref, keyRange: number) {
    this.spec = spec;
    this.r = r;
    this.m = m;
    this.ref = ref;
    this.keyRange = keyRange;
  }

  check(): void {
    this.m.checkInvariants();
    expect(this.m.len()).toBe(this.ref.size());
  }

  /** One random operation; `inRange` lowers the rate of clear and of nested ranges. */
  step(inRange: boolean): void {
    const { r, m, ref, spec } = this;
    const k = spec.gen(r, this.keyRange);
    const c = r();
    this.ops++;
    if (c < 0.45) {
      const v = ++this.val;
      m.set(k, v);
      ref.set(k, v);
      this.check();
    } else if (c < 0.75) {
      m.delete(k);
      ref.delete(k);
      this.check();
    } else if (c < 0.97) {
      const want = ref.get(k);
      expect(m.get(k)).toBe(want?.val);
      expect(m.has(k)).toBe(want !== undefined);
    } else if (c < (inRange ? 0.975 : 0.99)) {
      m.clear();
      ref.clear();
      this.check();
    } else if (c < (inRange ? 0.98 : 1)) {
      this.range(false);
    }
  }

  /**
   * A full range over the map, with random mutations between iterations when `mutate`, or
   * the mutations of `between` when given.
   */
  range(mutate: boolean, between?: () => void): void {
    const { m, ref, spec, r } = this;
    this.ranges++;
    const start = new Map([...ref.m].map(([id, e]) => [id, e.gen]));
    const startNans = new Set(ref.nans.map((e) => e.gen));
    const outerRemoved = ref.removed;
    const outerNansRemoved = ref.nansRemoved;
    ref.removed = new Set();
    ref.nansRemoved = false;
    const seen = new Set<number>();
    const it = m.iter(r);
    const rate = r();
    let calls = 0;
    while (it.next()) {
      this.produced++;
      if (++calls > 1e5) throw new Error('range does not end');
      expect(it.lookedUp).toBe(false);
      const id = spec.id(it.key);
      let e: Entry | undefined;
      if (id === null) {
        e = ref.nans.find((x) => x.val === it.val);
        expect(e, 'a NaN entry produced after it was removed').toBeDefined();
      } else {
        e = ref.m.get(id);
        expect(e, `entry ${id} produced but not in the map`).toBeDefined();
        expect(it.key).toBe(e!.key);
      }
      expect(it.val).toBe(e!.val);
      expect(seen.has(e!.gen), `entry ${id} produced twice`).toBe(false);
      seen.add(e!.gen);
      if (between) between();
      else if (mutate && r() < rate) {
        const n = 1 + Math.floor(r() * 4);
        for (let i = 0; i < n; i++) this.step(true);
      }
    }
    // Every entry present for the whole iteration was produced.
    for (const [id, gen] of start) {
      if (!ref.removed.has(id) && ref.m.get(id)?.gen === gen) expect(seen.has(gen), `entry ${id} present throughout but not produced`).toBe(true);
    }
    if (!ref.nansRemoved) for (const gen of startNans) expect(seen.has(gen), 'NaN entry present throughout but not produced').toBe(true);
    for (const id of ref.removed) outerRemoved.add(id);
    ref.removed = outerRemoved;
    ref.nansRemoved ||= outerNansRemoved;
    this.check();
  }
}

function fuzz(spec: KeySpec, seed: number, ops: number): Fuzzer {
  const r = mulberry32(seed);
  const keyRange = [8, 20, 60, 200, 400][seed % 5]!;
  const m = new hmap(spec.t, INT, r() < 0.5 ? 0 : Math.floor(r() * keyRange), r);
  const f = new Fuzzer(spec, r, m, new Ref(spec), keyRange);
  while (f.ops < ops) {
    if (r() < 0.02) f.range(true);
    else f.step(false);
  }
  f.range(true);
  f.range(false);
  return f;
}

describe('bucket model: differential fuzzing against a reference map', () => {
  for (const spec of specs) {
    it(`random get/set/delete/clear/range, mutations during ranges: ${spec.name}`, () => {
      let ranges = 0, produced = 0;
      for (let seed = 1; seed <= 30; seed++) {
        const f = fuzz(spec, seed * 7919 + spec.name.length, 1500);
        ranges += f.ranges;
        produced += f.produced;
      }
      expect(ranges).toBeGreaterThan(300);
      expect(produced).toBeGreaterThan(5000);
    });
  }

  it('ranges started during a doubling grow, with inserts and deletes that finish it', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const r = mulberry32(seed);
      const spec = specs[seed % 2 === 0 ? 0 : 3]!; // int keys, float keys (NaN: the tophash-bit path)
      const f = new Fuzzer(spec, r, new hmap(spec.t, INT, 0, r), new Ref(spec), 1 << 20);
      // Insert up to a growth point (53, 105, 209 or 417 entries), so the range starts mid-grow.
      const target = [53, 105, 209, 417][seed % 4]!;
      while (f.m.count < target) {
        const k = spec.gen(r, 1 << 20);
        const v = ++f.val;
        f.m.set(k, v);
        f.ref.set(k, v);
      }
      f.check();
      expect(f.m.growing()).toBe(true);
      f.range(true);
      // And a range that sees a grow start (and finish) under it: finish this grow, come close
      // to the next growth point, then insert new keys (and delete some) between iterations.
      const insertNew = () => {
        const k = spec.gen(r, 1 << 20);
        const v = ++f.val;
        f.m.set(k, v);
        f.ref.set(k, v);
        f.check();
      };
      while (f.m.growing() || f.m.count < 13 * 2 ** (f.m.B - 1) - 10) insertNew();
      const B = f.m.B;
      f.range(false, () => {
        if (f.m.B > B && !f.m.growing()) return;
        for (let i = 0; i < 3; i++) insertNew();
        const d = spec.gen(r, 1 << 20);
        f.m.delete(d);
        f.ref.delete(d);
        f.check();
      });
      expect(f.m.B).toBeGreaterThan(B);
    }
  });

  it('same-size growth: churn just below the load factor fills overflow chains', () => {
    // Keeping 96..104 keys (B=4, just under the 6.5 load factor) while replacing them by fresh
    // keys leaves overflow buckets behind until tooManyOverflowBuckets starts a same-size grow.
    let sameSize = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const r = mulberry32(seed);
      const m = new hmap(INT, INT, 0, r);
      m.trace = (s: MapStep) => {
        if (s.kind === 'hashGrow' && s.detail.sameSize === 1) {
          sameSize++;
          expect(s.detail.B).toBe(4);
        }
      };
      const f = new Fuzzer(specs[0]!, r, m, new Ref(specs[0]!), 0);
      let next = 0;
      const live: number[] = [];
      for (let i = 0; i < 4000; i++) {
        if (live.length < 96 || (live.length < 104 && r() < 0.5)) {
          const k = next++;
          m.set(k, k);
          f.ref.set(k, k);
          live.push(k);
        } else {
          const k = live.splice(Math.floor(r() * live.length), 1)[0]!;
          m.delete(k);
          f.ref.delete(k);
        }
        f.check();
        if (i % 400 === 0) f.range(false, () => {
          const k = next++;
          m.set(k, k);
          f.ref.set(k, k);
          live.push(k);
          const d = live.splice(Math.floor(r() * live.length), 1)[0]!;
          m.delete(d);
          f.ref.delete(d);
          f.check();
        });
      }
    }
    expect(sameSize).toBeGreaterThan(5);
  });

  it('larger maps: 20k int keys and 20k string keys, invariants at the end', () => {
    for (const spec of [specs[0]!, specs[1]!]) {
      const r = mulberry32(99);
      const m = new hmap(spec.t, INT, 0, r);
      const ref = new Map<unknown, number>();
      for (let i = 0; i < 20000; i++) {
        const k = spec.t === INT ? i * 31 : 'key' + i;
        m.set(k, i);
        ref.set(k, i);
      }
      for (let i = 0; i < 20000; i += 3) {
        const k = spec.t === INT ? i * 31 : 'key' + i;
        m.delete(k);
        ref.delete(k);
      }
      m.checkInvariants();
      expect(m.len()).toBe(ref.size);
      for (const [k, v] of ref) expect(m.get(k)).toBe(v);
      const got = new Map(m.entries());
      expect(got).toEqual(ref);
      const it = m.iter(r);
      let n = 0;
      while (it.next()) {
        expect(ref.get(it.key)).toBe(it.val);
        n++;
      }
      expect(n).toBe(ref.size);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// NaN keys, key updates, empty maps

describe('bucket model: NaN keys, key updates, empty maps', () => {
  it('NaN keys are insertable repeatedly, never found, produced by range, removed by clear', () => {
    const r = mulberry32(5);
    const m = new hmap(F64, INT, 0, r);
    for (let i = 0; i < 40; i++) m.set(NaN, i);
    m.set(1.5, 100);
    m.checkInvariants();
    expect(m.len()).toBe(41);
    expect(m.get(NaN)).toBeUndefined();
    expect(m.has(NaN)).toBe(false);
    m.delete(NaN);
    expect(m.len()).toBe(41);
    const it = m.iter(r);
    const vals: number[] = [];
    while (it.next()) if (Number.isNaN(it.key)) vals.push(it.val as number);
    expect(vals.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    m.clear();
    expect(m.len()).toBe(0);
    expect(m.entries()).toEqual([]);
    m.checkInvariants();
  });

  it('+0 and -0 are one key; assigning updates the stored key (needkeyupdate)', () => {
    const m = new hmap(F64, INT, 0, mulberry32(3));
    m.set(0, 1);
    m.set(-0, 2);
    expect(m.len()).toBe(1);
    expect(m.get(0)).toBe(2);
    const it = m.iter(mulberry32(1));
    expect(it.next()).toBe(true);
    expect(Object.is(it.key, -0)).toBe(true);
    expect(it.next()).toBe(false);
  });

  it('empty maps do not hash, but reject unhashable interface keys as go1.23 does', () => {
    const m = new hmap(ANY, INT, 0, mulberry32(1));
    expect(m.get(new Iface(INT, 1))).toBeUndefined();
    const bad = new Iface(SLICE, null);
    expect(() => m.get(bad)).toThrow(GoPanic);
    expect(() => m.delete(bad)).toThrow(GoPanic);
    expect(() => m.set(bad, 1)).toThrow(GoPanic);
    expect(m.len()).toBe(0);
    m.set(new Iface(STR, 'a'), 1);
    expect(m.get(new Iface(STR, 'a'))).toBe(1);
    expect(m.get(new Iface(INT, 1))).toBeUndefined();
    m.checkInvariants();
  });

  it('a range started on an empty map produces nothing, even after inserts', () => {
    const m = new hmap(INT, INT, 0, mulberry32(1));
    const it = m.iter(mulberry32(2));
    m.set(1, 1);
    expect(it.next()).toBe(false);
    expect(m.flags).toBe(0);
  });

  it('a range stops producing old entries after clear (issue 59411)', () => {
    const r = mulberry32(11);
    const m = new hmap(INT, INT, 0, r);
    for (let i = 0; i < 500; i++) m.set(i, i);
    const it = m.iter(r);
    expect(it.next()).toBe(true);
    m.clear();
    while (it.next()) expect.unreachable('entry produced after clear');
  });

  it('iteration order depends on the generator given to iter()', () => {
    const m = new hmap(INT, INT, 0, mulberry32(1));
    for (let i = 0; i < 100; i++) m.set(i, i);
    const order = (seed: number) => {
      const it = m.iter(mulberry32(seed));
      const out: unknown[] = [];
      while (it.next()) out.push(it.key);
      return out.join(',');
    };
    expect(order(1)).toBe(order(1));
    expect(new Set([1, 2, 3, 4, 5].map(order)).size).toBeGreaterThan(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Runtime calls under the writing flag, variants, trace, state

describe('bucket model: calls, variants, trace, state', () => {
  it('picks the entry-point variant as cmd/compile mapfast does', () => {
    expect(mapVariant(INT, INT)).toBe('fast64');
    expect(mapVariant(INT32, INT)).toBe('fast32');
    expect(mapVariant(STR, INT)).toBe('faststr');
    expect(mapVariant(rt('ptr', 8, { elem: INT }), INT)).toBe('fast64ptr');
    expect(mapVariant(F64, INT)).toBe('slow');
    expect(mapVariant(BOOL, INT)).toBe('slow');
    expect(mapVariant(ANY, INT)).toBe('slow');
    expect(mapVariant(PAIR, INT)).toBe('slow');
    expect(mapVariant(struct([['A', INT32], ['B', INT32]]), INT)).toBe('fast64');
    expect(mapVariant(struct([['A', INT8], ['B', INT32]]), INT)).toBe('slow'); // padded
    expect(mapVariant(arrayOf(UINT8, 4), INT)).toBe('fast32');
    expect(mapVariant(arrayOf(UINT8, 8), INT)).toBe('fast64');
    expect(mapVariant(arrayOf(STR, 1), INT)).toBe('faststr');
    expect(mapVariant(struct([['S', STR]]), INT)).toBe('faststr');
    expect(mapVariant(INT, arrayOf(INT, 17))).toBe('slow'); // elem > 128 bytes
  });

  it('lists the non-inlined runtime calls of mapassign, mapdelete and mapclear', () => {
    const m = new hmap(INT, INT, 0, mulberry32(1));
    m.set(1, 1);
    expect(m.calls).toEqual(['runtime.mallocgc']); // makemap_small: buckets allocated by the first insert
    expect(m.callDepth).toEqual([1]);
    m.set(1, 2);
    expect(m.calls).toEqual([]);
    for (let i = 2; i <= 8; i++) m.set(i, i);
    m.set(9, 9); // count+1 = 9 > 6.5: hashGrow to B=1, then growWork evacuates the only old bucket
    expect(m.calls.slice(0, 6)).toEqual([
      'runtime.hashGrow', 'runtime.makeBucketArray', 'runtime.newarray',
      'runtime.growWork_fast64', 'runtime.evacuate_fast64', 'runtime.advanceEvacuationMark',
    ]);
    expect(m.callDepth.slice(0, 6)).toEqual([1, 2, 3, 1, 2, 3]);
    expect(m.growing()).toBe(false);
    m.delete(9);
    expect(m.calls).toEqual([]);
    m.clear();
    expect(m.calls).toEqual(['runtime.makeBucketArray']);

    const s = new hmap(STR, INT, 0, mulberry32(1));
    for (let i = 0; i < 27; i++) s.set('k' + i, i);
    expect(s.growing()).toBe(true); // B 2 → 3: four old buckets, two evacuated per write
    s.delete('k0');
    expect(s.calls[0]).toBe('runtime.growWork_faststr');
    expect(s.calls.filter((c) => c === 'runtime.evacuate_faststr')).toHaveLength(2);

    const g = new hmap(PAIR, INT, 0, mulberry32(1));
    for (let i = 0; i < 9; i++) g.set({ A: i, B: '' }, i);
    expect(g.calls).toContain('runtime.growWork');
    expect(g.calls).toContain('runtime.evacuate');
  });

  it('counts overflow buckets and lists newoverflow with its allocations', () => {
    // With B >= 4 the bucket array carries preallocated overflow buckets: newoverflow takes
    // those first (no mallocgc), then allocates.
    const m = new hmap(INT, INT, 100, mulberry32(4));
    expect(m.B).toBe(4);
    const seen = new Set<string>();
    let overflows = 0;
    m.trace = (s) => {
      if (s.kind === 'overflow') overflows++;
    };
    for (let i = 0; i < 104; i++) {
      m.set(i * 13, i);
      for (const c of m.calls) seen.add(c);
    }
    expect(m.B).toBe(4);
    expect(overflows).toBeGreaterThan(0);
    expect(m.noverflow).toBe(overflows);
    expect(seen).toContain('runtime.(*hmap).newoverflow');
    expect(seen).toContain('runtime.(*hmap).incrnoverflow');
    // map[int]int buckets hold no pointers: the overflow buckets are kept in h.extra.overflow.
    expect(seen).toContain('runtime.growslice');
    m.checkInvariants();
  });

  it('reports trace steps when tracing, and keeps the null path silent', () => {
    const m = new hmap(INT, INT, 0, mulberry32(2));
    const kinds = new Map<string, number>();
    m.trace = (s: MapStep) => {
      kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
      for (const v of Object.values(s.detail)) expect(typeof v).toBe('number');
    };
    for (let i = 0; i < 2000; i++) m.set(i, i);
    for (let i = 0; i < 2000; i += 2) m.get(i);
    m.clear();
    for (const k of ['bucket', 'hashGrow', 'evacuate', 'overflow', 'clear']) expect(kinds.get(k), k).toBeGreaterThan(0);
    expect(kinds.get('hashGrow')).toBe(9); // B 0 → 9
    m.trace = null;
    m.set(1, 1);
  });

  it('state() is a JSON-serialisable deep copy of the header and buckets', () => {
    const m = new hmap(STR, INT, 0, mulberry32(8));
    for (let i = 0; i < 30; i++) m.set('k' + i, i);
    const st = m.state() as BucketsMapState;
    expect(JSON.parse(JSON.stringify(st))).toEqual(st);
    expect(st.model).toBe('buckets');
    expect(st.flags).toBe(m.flags);
    expect(st.B).toBe(m.B);
    expect(st.buckets).toHaveLength(1 << m.B);
    expect(st.oldbuckets === null).toBe(!m.growing());
    const keys = [...st.buckets, ...(st.oldbuckets ?? [])].flatMap((b) => [...b.keys, ...b.overflow.flatMap((o) => o.keys)]).filter((k) => k !== '');
    for (let i = 0; i < 30; i++) expect(keys).toContain('k' + i);
    for (const b of st.buckets) {
      expect(b.tophash).toHaveLength(8);
      b.tophash.forEach((t, i) => expect(b.keys[i] === '').toBe(t < 5));
    }
    m.set('k0', 99);
    expect(st.count).toBe(30); // a copy
  });
});
