// The modelled heap: how the engine enforces the memory limit (RunLimits.memoryBytes).
//
// A Go program's memory lives in JavaScript objects whose reachability the engine cannot
// observe synchronously (FinalizationRegistry and WeakRef report on the host's schedule, not
// the program's, so two runs would stop at different points). The engine therefore keeps its
// own, deterministic account of the Go heap, in Go's sizes, and runs a simulated collector
// that estimates what survives. The same program and seed stop at the same allocation in
// Node and in a browser: every figure below is computed from Go types, lengths and step
// counts, never from the host.
//
// # Glossary
//
//   charge        the Go size of an allocation made by a runtime allocation site, added to
//                 `alloc` before the JS object is created (so a huge request fails before
//                 the host tries to build it). Sites: makeslice, growslice (append),
//                 []byte(s) / []rune(s) / string(b) / string(r), string concatenation
//                 (results of at least STR_MIN bytes), strings.Repeat, new(T) and &T{...},
//                 make(map, hint) and map literals, make(chan T, n), go statements.
//   sizes         element size × capacity for arrays (the capacity growslice picked, so
//                 size classes are included there; makeslice is charged unrounded), len(s)
//                 for strings, T's size for new(T), the Swiss-table layout for maps
//                 (groups of 8 slots plus a control word, load factor 7/8, capacity a power
//                 of two), 96 bytes of hchan plus the buffer for channels, a g (448 bytes)
//                 and its 2 KiB initial stack per goroutine (walks count the live ones).
//   host words    a second account in 8-byte words of what the same values cost the host
//                 (a []byte element is one JS array slot, 8 bytes in Node, 4 in Chrome: 8×
//                 its Go size; an object costs 3 words of header). HOST_WORDS (2^28: 2 GiB
//                 in Node) bounds it, so where Go's sizes understate the host's cost the
//                 run still ends before the host gives out: a []byte bomb under the CLI's
//                 512 MiB limit ends at 256 MiB of Go heap.
//   roots         what the collector walks from. Local variables live in JS closures and
//                 generator frames the engine cannot enumerate, so the roots are the most
//                 recent allocations of each type: the last two backing arrays per element
//                 type, the last two pointer allocations per type, the last two maps and
//                 channels per type, and the last two strings charged. A container that keeps
//                 growing (the outer slice of `s = append(s, ...)`, a map filled in a loop,
//                 a string doubled in place, a linked list pushed at its head) is always the
//                 latest of its type, so the whole structure it holds is found.
//   walk          a type-directed traversal from the roots (the element type of an array,
//                 the fields of a struct, the dynamic type of an interface), counting each
//                 backing array, object, map and channel once, and each string reference
//                 (a JS string has no identity: equal copies cannot be told from one shared
//                 string). Function values are opaque (closure captures are not seen).
//   live          the bytes (and host words) the last walk found: the surviving heap.
//   goal          pacing: the next collection runs when the charges since the last one
//                 reach max(3 × live, 16 MiB) (GOGC=300 with a 16 MiB minimum: a walk costs
//                 more than Go's mark), or earlier so the heap never passes the limit (the
//                 limit acts like GOMEMLIMIT).
//   in use        the heap's high-water mark, in the 4 MiB chunks Go's heap grows by
//                 (mheap.grow asks for alignUp(npages, pallocChunkPages) pages): the `M in
//                 use` Go prints.
//
// # Algorithm [reserve, collect, tick]
//
// Every charge adds to `alloc` (and `allocWords`) and compares with `room`; the slow path
// collects: it walks the roots, sets live to what it found and alloc to 0. Between
// collections the heap (live + alloc) may fill up to the limit. If, after a collection,
// live plus the request does not fit under the limit less a headroom of limit/32 (the
// collector needs slack; without it a program living at the limit would collect on every
// allocation), or the host-word account does not fit under HOST_WORDS less 1/32, the
// allocation fails with Go's out-of-memory fatal error, as go1.27 prints it when the heap
// cannot grow (mheap.grow, malloc.go, mcache.go; captured under `ulimit -v`):
//
//   runtime: out of memory: cannot allocate <ask>-byte block (<in use> in use)
//   fatal error: out of memory
//
// followed by the failing goroutine's stack with the runtime's allocation frames (a
// runtime throw always prints runtime frames, whatever GOTRACEBACK says; a goroutine whose
// stack cannot be allocated fails on the system stack, under `runtime stack:`, as in Go).
// The runtime's own goroutines are not printed. <ask> is what
// mheap.grow asks for: 4 MiB for a small allocation (≤ 32 KiB), the allocation rounded up
// to pages and then to 4 MiB chunks for a large one (1 MiB → 4194304, 1<<40 → 1099511627776,
// as real Go prints them under `ulimit -v`). An allocation larger than the whole limit fails
// without a collection. make([]T, n) panics with `makeslice: len out of range` only when
// n × size passes maxAlloc (2^48 on linux/amd64), as go1.27 slice.go makeslice decides;
// below it the request is an allocation and fails as out of memory. (Without a limit, real
// Go on Linux fails a 1 TiB request in sysMap with `fatal error: runtime: out of memory`;
// with a limit, which is what this engine always has, the `cannot allocate` shape above.)
// Zero-size elements are the exception: Go allocates nothing for them at any length, the
// host cannot hold such an array, and makeslice keeps the engine's earlier `len out of
// range` panic past 10^9 elements.
//
// Memory the runtime does not charge (map entries, strings built by natives other than
// strings.Repeat) is found by the walk. Every 2^20 steps the step-limit check (helpers.ts
// limit) calls tick(), which adds the growth of the root maps since the last look to the
// charges, so a map filled forever reaches a collection too; a full walk also runs every
// max(2^26, 256 × last walk's work) steps.
//
// # Limits of the model (what it cannot see, and what it overestimates)
//
//  - Reachability is estimated, not traced from the real roots: memory held only by local
//    variables (including the locals of blocked goroutines), other than the latest
//    allocations of each type, is invisible, so such a program can run past the limit; a
//    dropped structure stays counted until two newer allocations of its type replace it
//    as roots, so a program near the limit may fail slightly early.
//  - A walk that meets more than WALK_MAX_OBJECTS objects stops and the collection frees
//    nothing that cycle (everything charged since the last one is taken to survive).
//  - Interior pointers (&s[i] of a struct element) count the element again; a string is
//    counted once per value that refers to it (Go shares one string between them), and a
//    substring as a string of its own.
//  - Escape analysis is not modelled: new(T) and &T{} are charged even when gc would have
//    put them on the stack (they are garbage for the next collection).
//  - A single array of more than MAX_ARRAY_WORDS elements or a string longer than V8's
//    maximum cannot be held by the host and fails as out of memory whatever the limit.
//  - The runtime frames printed are go1.27's for every --go version.

import { ElemRef, FieldRef, Iface, Slice, VarRef, type RType } from './values.ts';
import { GoFatal } from './panic.ts';
import { Chan, getSched } from './sched.ts';
import type { GoMap } from './gomap.ts';

/** go1.27 malloc.go maxAlloc on linux/amd64 (heapAddrBits = 48). */
export const MAX_ALLOC = 2 ** 48;
const PAGE = 8192;
/** mheap.grow's unit: pallocChunkPages (512) × pageSize. */
const CHUNK = 4 << 20;
/** Largest small-object size (maxSmallSize); larger allocations get their own span. */
const MAX_SMALL = 32768;
/**
 * Pacing: the next collection when the charges reach PACE × live, at least MIN_HEAP. Lazier
 * than GOGC=100 (a walk costs more than Go's mark); the limit caps the goal either way, so
 * where the limit stops a program does not depend on it.
 */
const PACE = 3;
const GO_HEAP_MIN = 4 << 20;
const MIN_HEAP = 16 << 20;
/** Host budget: 2^28 words (2 GiB in Node's 8-byte words, 1 GiB in Chrome's compressed ones). */
const HOST_WORDS = 2 ** 28;
const MIN_WORDS = 4 << 20;
/** Largest array the host keeps in one fast backing store (V8 FixedArray::kMaxLength ≈ 2^27). */
export const MAX_ARRAY_WORDS = 2 ** 27;
/** V8's String::kMaxLength on 64-bit hosts. */
const MAX_STRING = 2 ** 29 - 24;
/** Concatenations and conversions shorter than this are not charged (their memory is found by walks). */
const STR_MIN = 1024;
/** Objects a walk may visit before it gives up (a JS Set holds at most 2^24 entries). */
const WALK_MAX_OBJECTS = 2 ** 23;
const STEP_GC_MIN = 2 ** 26;
const STEP_GC_PER_WORK = 256;
/** A goroutine: its initial stack (go1.27 fixedStack on linux, 2 KiB) and its g (about 440 bytes). */
const G_BYTES = 2048 + 448;
/** Host words of a goroutine (a generator, its G and closures: about 2 KB in Node). */
const G_WORDS = 256;
/** The heap mapped before the program allocates (Go prints about 3.9 MB in use at start). */
const INITIAL_MAPPED = CHUNK;

/** Where an allocation was made: selects the runtime frames of the out-of-memory traceback. */
export type AllocSite =
  | 'makeslice' | 'growslice' | 'concatstrings' | 'stringtoslicebyte' | 'slicebytetostring'
  | 'stringtoslicerune' | 'slicerunetostring' | 'newobject' | 'makemap' | 'makechan' | 'repeat'
  | 'mapassign' | 'newproc';

/** What an out-of-memory fatal error reports. */
export interface OutOfMemory {
  /** The block mheap.grow asked for. */
  ask: number;
  /** The heap's size before the request (`M in use`). */
  inUse: number;
  /** The allocation's size (mallocgc's size argument). */
  size: number;
  site: AllocSite;
  /** The request's element type has pointers (mallocgc's scan paths). */
  scan: boolean;
  /** For mapassign: the key kind (selects mapassign_fast64, _faststr, ...). */
  keyKind: string;
}

const oomInfo = new WeakMap<GoFatal, OutOfMemory>();

/** The out-of-memory details of a fatal error, if it is one. */
export function oomOf(f: GoFatal): OutOfMemory | undefined {
  return oomInfo.get(f);
}

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

// ---------------------------------------------------------------------------
// Per-type facts (cached by type id; run-time error types have negative ids)

let ptrCache: (boolean | undefined)[] = [];
let wordCache: (number | undefined)[] = [];
let fieldCache: (RType['fields'] | undefined)[] = [];

function hasPtr(t: RType): boolean {
  const c = t.id >= 0 ? ptrCache[t.id] : undefined;
  if (c !== undefined) return c;
  let r: boolean;
  switch (t.kind) {
    case 'string': case 'slice': case 'ptr': case 'map': case 'interface': case 'chan': case 'func': case 'unsafe.Pointer':
      r = true;
      break;
    case 'array':
      r = t.len > 0 && hasPtr(t.elem!);
      break;
    case 'struct':
      r = t.fields.some((f) => hasPtr(f.type));
      break;
    default:
      r = false;
  }
  if (t.id >= 0) ptrCache[t.id] = r;
  return r;
}

/** Struct fields that can hold references. */
function ptrFields(t: RType): RType['fields'] {
  let c = t.id >= 0 ? fieldCache[t.id] : undefined;
  if (c === undefined) {
    c = t.fields.filter((f) => hasPtr(f.type));
    if (t.id >= 0) fieldCache[t.id] = c;
  }
  return c;
}

/**
 * Host words of a value of type t inside its container: one slot, plus the JS objects a
 * struct or array value is made of (3 header words per object).
 */
function words(t: RType): number {
  const c = t.id >= 0 ? wordCache[t.id] : undefined;
  if (c !== undefined) return c;
  let w: number;
  if (t.kind === 'struct') w = 4 + t.fields.reduce((a, f) => a + words(f.type), 0);
  else if (t.kind === 'array') w = 3 + t.len * words(t.elem!);
  else w = 1;
  if (t.id >= 0) wordCache[t.id] = w;
  return w;
}

/** Bytes of a map with n entries (go1.24+ Swiss tables: 8-slot groups with a control word). */
export function mapBytes(key: RType | null, elem: RType | null, n: number): number {
  const slot = (key?.size ?? 8) + (elem?.size ?? 8);
  const slots = n <= 8 ? 8 : 2 ** Math.ceil(Math.log2((n * 8) / 7));
  return 48 + (slots / 8) * (8 + 8 * slot);
}

// ---------------------------------------------------------------------------
// The heap

export class Heap {
  readonly limit: number;
  readonly headroom: number;
  /** Bytes and host words found live by the last collection. */
  live = 0;
  liveWords = 0;
  /** Charged since the last collection. */
  alloc = 0;
  allocWords = 0;
  /** Charges allowed before the next collection. */
  room = 0;
  wordRoom = 0;
  /** High-water mark of the heap in 4 MiB chunks (`M in use`). */
  mapped = INITIAL_MAPPED;
  collections = 0;
  /**
   * Go's own GC cycles, which the engine's collections do not follow (they are lazier): the
   * charges since the last cycle, and the runway to the next, live bytes past the heap goal
   * max(2 × live, 4 MiB) (go1.27 mgcpacer.go, GOGC=100, defaultHeapMinimum). A cycle only
   * stamps waiting goroutines for tracebacks (Sched.gcCycle).
   */
  goAlloc = 0;
  goRoom = GO_HEAP_MIN;
  goCycle(): void {
    this.goAlloc = 0;
    this.goRoom = Math.max(GO_HEAP_MIN - this.live, this.live);
    getSched()?.gcCycle();
  }
  /** Step count of the next full walk from tick(). */
  nextWalk = STEP_GC_MIN;
  /** Bytes of the root maps and goroutine stacks at the last look (tick). */
  private uncharged = 0;
  // Roots: the latest two of each kind, by type id.
  arr0: unknown[] = [];
  arr1: unknown[] = [];
  obj0: unknown[] = [];
  obj1: unknown[] = [];
  ctr0: unknown[] = [];
  ctr1: unknown[] = [];
  str0 = '';
  str1 = '';
  readonly types: readonly RType[];

  constructor(limit: number, types: readonly RType[]) {
    this.limit = limit;
    this.headroom = Math.floor(limit / 32);
    this.types = types;
    const n = types.length;
    for (const a of [this.arr0, this.arr1, this.obj0, this.obj1, this.ctr0, this.ctr1]) {
      for (let i = 0; i < n; i++) a.push(null);
    }
    this.setRooms();
  }

  /** The high-water mark with a heap of `bytes`, in chunks, never past the limit. */
  inUse(bytes: number): number {
    return Math.max(this.mapped, Math.min(roundUp(bytes, CHUNK), roundUp(this.limit, CHUNK)));
  }

  private setRooms(): void {
    const goal = Math.min(this.limit, this.live + Math.max(PACE * this.live, MIN_HEAP));
    this.room = Math.max(goal - this.live, 0);
    const wgoal = Math.min(HOST_WORDS, this.liveWords + Math.max(PACE * this.liveWords, MIN_WORDS));
    this.wordRoom = Math.max(wgoal - this.liveWords, 0);
  }

  /** Slow path of a charge of `bytes` (already added to alloc): collect, then fit or fail. */
  slow(bytes: number, w: number, site: AllocSite, scan: boolean): void {
    if (bytes > this.limit - this.headroom || w > HOST_WORDS / 2) {
      this.mapped = this.inUse(this.live + this.alloc - bytes);
      this.alloc -= bytes;
      this.allocWords -= w;
      throw this.fail(bytes, site, scan);
    }
    this.collect(bytes, w);
    if (this.live + bytes > this.limit - this.headroom || this.liveWords + w > HOST_WORDS - HOST_WORDS / 32) throw this.fail(bytes, site, scan);
    this.alloc = bytes;
    this.allocWords = w;
  }

  /** Walks the roots; live becomes what survives (the pending request excluded). */
  collect(pendingBytes: number, pendingWords: number): number {
    this.mapped = this.inUse(this.live + this.alloc - pendingBytes);
    let r: WalkResult;
    try {
      r = walk(this);
    } catch (e) {
      // A value whose representation the walk did not expect: an engine bug, not the
      // program's; the cycle frees nothing rather than misreport it.
      if ((globalThis as { GOMAPLAB_DEBUG?: boolean }).GOMAPLAB_DEBUG === true) console.error(e);
      r = { bytes: 0, words: 0, work: 0, complete: false };
    }
    this.collections++;
    if (r.complete) {
      this.live = r.bytes;
      this.liveWords = r.words;
    } else {
      // Too many objects to walk: nothing charged since the last collection is known dead.
      this.live += this.alloc - pendingBytes;
      this.liveWords += this.allocWords - pendingWords;
    }
    this.alloc = 0;
    this.allocWords = 0;
    this.uncharged = this.rootMaps()[0];
    this.setRooms();
    return r.work;
  }

  fail(bytes: number, site: AllocSite, scan: boolean, keyKind = ''): GoFatal {
    const ask = bytes > MAX_SMALL ? roundUp(roundUp(bytes, PAGE), CHUNK) : CHUNK;
    const f = new GoFatal('out of memory', new Error());
    oomInfo.set(f, { ask, inUse: this.mapped, size: bytes, site, scan, keyKind });
    return f;
  }

  /**
   * Called every 2^20 steps: charges the growth of the root maps and goroutines since the
   * last look, and walks everything every max(2^26, 256 × work) steps.
   */
  tick(steps: number): void {
    const [now, grown] = this.rootMaps();
    const delta = now - this.uncharged;
    this.uncharged = now;
    if (delta > 0) {
      this.alloc += delta;
      if ((this.goAlloc += delta) > this.goRoom) this.goCycle();
    }
    if (steps >= this.nextWalk || this.alloc > this.room) {
      const work = this.collect(0, 0);
      this.nextWalk = steps + Math.max(STEP_GC_MIN, STEP_GC_PER_WORK * work);
      if (this.live > this.limit - this.headroom || this.liveWords > HOST_WORDS - HOST_WORDS / 32) {
        throw this.fail(0, grown !== null ? 'mapassign' : 'newobject', true, grown?.keyType.kind ?? '');
      }
    }
  }

  /** Bytes of the root maps; the largest root map. */
  private rootMaps(): [number, GoMap | null] {
    let now = 0;
    let grown: GoMap | null = null;
    let most = 0;
    for (const tab of [this.ctr0, this.ctr1]) {
      for (let i = 0; i < tab.length; i++) {
        const m = tab[i];
        if (m === null || m instanceof Chan || (tab === this.ctr1 && this.ctr0[i] === m)) continue;
        const gm = m as GoMap;
        const b = mapBytes(gm.keyType, gm.elemType, Math.max(gm.len(), hints.get(gm) ?? 0));
        now += b;
        if (b > most) {
          most = b;
          grown = m as GoMap;
        }
      }
    }
    return [now, grown];
  }
}

function liveGoroutines(): number {
  const s = getSched();
  if (s === null) return 0;
  let n = 0;
  for (const g of s.allgs) if (g.status !== 'dead') n++;
  return n;
}

/** A heap without a limit, for code run outside run() (tests of runtime pieces). */
let heap = new Heap(Number.MAX_SAFE_INTEGER, []);

/** Starts the heap of a run (index.ts run). */
export function startHeap(limit: number, types: readonly RType[]): Heap {
  ptrCache = [];
  wordCache = [];
  fieldCache = [];
  hints = new WeakMap();
  pendingHint = 0;
  heap = new Heap(limit, types);
  return heap;
}

/** Ends the run's heap: its roots must not keep the program's memory alive. */
export function endHeap(): void {
  heap = new Heap(Number.MAX_SAFE_INTEGER, []);
}

export function currentHeap(): Heap {
  return heap;
}

// ---------------------------------------------------------------------------
// Charges (the hot paths: a few adds and a compare)

/** Before allocating a backing array of n elements of elem. */
export function reserveArray(elem: RType, n: number, site: AllocSite): void {
  const h = heap;
  const bytes = n * elem.size;
  const w = n * words(elem) + 3;
  h.alloc += bytes;
  h.allocWords += w;
  if ((h.goAlloc += bytes) > h.goRoom) h.goCycle();
  if (h.alloc > h.room || h.allocWords > h.wordRoom || n > MAX_ARRAY_WORDS) {
    if (n > MAX_ARRAY_WORDS) {
      h.alloc -= bytes;
      h.allocWords -= w;
      h.mapped = h.inUse(h.live + h.alloc);
      throw h.fail(bytes, site, hasPtr(elem));
    }
    h.slow(bytes, w, site, hasPtr(elem));
  }
}

/** Before allocating n bytes of string data. */
export function reserveString(n: number, site: AllocSite): void {
  const h = heap;
  const w = (n >> 3) + 3;
  h.alloc += n;
  h.allocWords += w;
  if (h.alloc > h.room || h.allocWords > h.wordRoom || n > MAX_STRING) {
    if (n > MAX_STRING) {
      h.alloc -= n;
      h.allocWords -= w;
      h.mapped = h.inUse(h.live + h.alloc);
      throw h.fail(n, site, false);
    }
    h.slow(n, w, site, false);
  }
}

function reserveBytes(bytes: number, w: number, site: AllocSite, scan: boolean): void {
  const h = heap;
  h.alloc += bytes;
  h.allocWords += w;
  if (h.alloc > h.room || h.allocWords > h.wordRoom) h.slow(bytes, w, site, scan);
}

/** A new backing array of elem is a root (the latest two per element type). */
export function noteArray(elem: RType, a: unknown[]): void {
  const id = elem.id;
  if (id < 0) return;
  const h = heap;
  const prev = h.arr0[id];
  if (prev !== a) {
    h.arr1[id] = prev;
    h.arr0[id] = a;
  }
}

/** growslice replaced `old` by `a`: the old array is taken to be dropped. */
export function noteGrow(elem: RType, old: unknown[], a: unknown[]): void {
  const id = elem.id;
  if (id < 0) return;
  const h = heap;
  if (h.arr0[id] === old) h.arr0[id] = a;
  else if (h.arr1[id] === old) {
    h.arr1[id] = h.arr0[id];
    h.arr0[id] = a;
  } else noteArray(elem, a);
}

function noteString(s: string, replaced: string): void {
  const h = heap;
  if (h.str0 === replaced) h.str0 = s;
  else {
    h.str1 = h.str0;
    h.str0 = s;
  }
}

/** String concatenation (runtime.concatstring2): charged from STR_MIN bytes. */
export function cat(a: string, b: string): string {
  const n = a.length + b.length;
  if (n < STR_MIN) return a + b;
  reserveString(n, 'concatstrings');
  const s = a + b;
  noteString(s, a);
  return s;
}

/** A string of n bytes made by a conversion or a native (charged from STR_MIN bytes). */
export function chargeString(n: number, site: AllocSite): void {
  if (n >= STR_MIN) reserveString(n, site);
}

/** Notes a charged string as a root. */
export function noteNewString(s: string): string {
  if (s.length >= STR_MIN) noteString(s, '');
  return s;
}

/** new(T) with T's zero value (aggregates are their own pointer; others a VarRef). */
export function newZero(t: RType): unknown {
  reserveBytes(t.size, words(t) + 3, 'newobject', hasPtr(t));
  const v = t.kind === 'struct' || t.kind === 'array' ? t.zero() : new VarRef(t.zero());
  noteObj(t, v);
  return v;
}

/** &T{...}: the literal (already built) becomes a heap object. */
export function newLit(t: RType, v: unknown): unknown {
  reserveBytes(t.size, words(t) + 3, 'newobject', hasPtr(t));
  noteObj(t, v);
  return v;
}

function noteObj(t: RType, v: unknown): void {
  const id = t.id;
  if (id < 0) return;
  const h = heap;
  const prev = h.obj0[id];
  if (prev !== v) {
    h.obj1[id] = prev;
    h.obj0[id] = v;
  }
}

/** The hint of the map make() is creating (mapHint → makeMap → noteContainer). */
let pendingHint = 0;
/** Hints of the maps made with one: their tables are allocated however few entries they hold. */
let hints = new WeakMap<object, number>();

/**
 * make(map[K]V, hint): charges the tables the hint asks for (go1.27 maps.NewMap ignores a
 * hint whose tables would pass maxAlloc); returns the hint.
 */
export function mapHint(t: RType, hint: unknown): unknown {
  const n = Number(hint);
  if (!(n > 8 && n <= Number.MAX_SAFE_INTEGER) || t.key === null || t.elem === null) return hint;
  const b = mapBytes(t.key, t.elem, n);
  if (b > MAX_ALLOC) return hint;
  const scan = hasPtr(t.key) || hasPtr(t.elem);
  try {
    reserveBytes(b, 8 + (n >> 2), 'makemap', scan);
  } catch (e) {
    // NewMap allocates one table (at most 1024 slots) at a time: the table that does not
    // fit is what fails, once the earlier ones have filled the heap.
    const o = e instanceof GoFatal ? oomInfo.get(e) : undefined;
    const table = mapBytes(t.key, t.elem, 896) - 48;
    if (o !== undefined && b > table) {
      const h = heap;
      o.size = table;
      o.ask = table > MAX_SMALL ? roundUp(roundUp(table, PAGE), CHUNK) : CHUNK;
      o.inUse = Math.max(o.inUse, Math.floor((h.limit - h.headroom) / CHUNK) * CHUNK);
    }
    throw e;
  }
  pendingHint = n;
  return hint;
}

/** A go statement: a g and its stack (runtime.newproc → malg → stackalloc). */
export function chargeGoroutine(): void {
  reserveBytes(G_BYTES, G_WORDS, 'newproc', false);
}

/** A new map or channel of type t is a root. */
export function noteContainer<T>(t: RType, c: T): T {
  const id = t.id;
  if (id < 0) return c;
  const h = heap;
  if (c instanceof Chan) {
    const e = c.t.elem;
    reserveBytes(96 + (e !== null ? c.cap * e.size : 0), 16 + c.cap, 'makechan', e !== null && hasPtr(e));
  }
  else {
    reserveBytes(48, 8, 'makemap', true);
    if (pendingHint > 0) hints.set(c as object, pendingHint);
  }
  pendingHint = 0;
  const prev = h.ctr0[id];
  if (prev !== c) {
    h.ctr1[id] = prev;
    h.ctr0[id] = c;
  }
  return c;
}

// ---------------------------------------------------------------------------
// The walk

interface WalkResult {
  bytes: number;
  words: number;
  /** Values visited (the walk's cost). */
  work: number;
  /** False when WALK_MAX_OBJECTS was reached. */
  complete: boolean;
}

function walk(h: Heap): WalkResult {
  const seen = new Set<unknown>();
  const ts: RType[] = [];
  const vs: unknown[] = [];
  let bytes = 0;
  let w = 0;
  let work = 0;

  // Strings are counted per reference: JS strings have no identity to tell a shared string
  // from equal copies (strings.Repeat in a loop makes copies the host holds one by one).
  const str = (s: string): void => {
    const n = s.length;
    if (n === 0) return;
    bytes += n;
    w += (n >> 3) + 3;
  };
  const arr = (elem: RType | null, a: unknown[]): void => {
    if (elem === null || !Array.isArray(a) || seen.has(a)) return;
    seen.add(a);
    const n = a.length;
    bytes += n * elem.size;
    w += n * words(elem) + 3;
    if (hasPtr(elem)) {
      for (let i = n - 1; i >= 0; i--) {
        ts.push(elem);
        vs.push(a[i]);
      }
    } else work += 1;
  };
  const map = (m: GoMap): void => {
    if (seen.has(m)) return;
    seen.add(m);
    const n = m.len();
    const kt = m.keyType, et = m.elemType;
    bytes += mapBytes(kt, et, Math.max(n, hints.get(m) ?? 0));
    w += 8 + n * 6;
    if (n > 0 && (hasPtr(kt) || hasPtr(et))) {
      for (const [k, v] of m.entries()) {
        ts.push(kt, et);
        vs.push(k, v);
      }
    }
  };
  const chan = (c: Chan): void => {
    if (seen.has(c)) return;
    seen.add(c);
    const e = c.t.elem;
    if (e === null) return;
    bytes += 96 + c.cap * e.size;
    w += 16 + c.cap;
    if (hasPtr(e)) {
      for (const v of c.buf) {
        ts.push(e);
        vs.push(v);
      }
    }
  };
  const ptr = (e: RType | null, p: unknown): void => {
    if (e === null) return;
    if (e.kind === 'struct' || e.kind === 'array') {
      if (typeof p !== 'object' || p === null || seen.has(p)) return;
      seen.add(p);
      bytes += e.size;
      w += words(e) + 3;
      if (hasPtr(e)) {
        ts.push(e);
        vs.push(p);
      }
    } else if (p instanceof VarRef) {
      if (seen.has(p)) return;
      seen.add(p);
      bytes += e.size;
      w += 5;
      if (hasPtr(e)) {
        ts.push(e);
        vs.push(p.v);
      }
    } else if (p instanceof ElemRef) {
      arr(e, p.o);
    } else if (p instanceof FieldRef && hasPtr(e)) {
      ts.push(e);
      vs.push(p.get());
    }
  };
  /** A value held inline in something already counted (checked against its representation). */
  const scan = (t: RType, v: unknown): void => {
    switch (t.kind) {
      case 'string':
        if (typeof v === 'string') str(v);
        return;
      case 'slice':
        if (v instanceof Slice) {
          w += 7;
          arr(t.elem, v.a);
        }
        return;
      case 'array': {
        const e = t.elem;
        if (e !== null && Array.isArray(v) && hasPtr(e)) {
          for (let i = v.length - 1; i >= 0; i--) {
            ts.push(e);
            vs.push(v[i]);
          }
        }
        return;
      }
      case 'struct': {
        if (typeof v !== 'object' || v === null) return;
        const o = v as Record<string, unknown>;
        for (const f of ptrFields(t)) {
          ts.push(f.type);
          vs.push(o[f.key]);
        }
        return;
      }
      case 'ptr':
        if (v !== null && v !== undefined) ptr(t.elem, v);
        return;
      case 'map':
        if (typeof v === 'object' && v !== null && typeof (v as GoMap).len === 'function') map(v as GoMap);
        return;
      case 'chan':
        if (v instanceof Chan) chan(v);
        return;
      case 'interface':
        if (v instanceof Iface) {
          w += 5;
          const dt = v.t;
          // A non-pointer-shaped dynamic value is boxed (convT).
          if (dt.kind !== 'ptr' && dt.kind !== 'map' && dt.kind !== 'chan' && dt.kind !== 'func' && dt.kind !== 'unsafe.Pointer') bytes += dt.size;
          ts.push(dt);
          vs.push(v.v);
        }
        return;
      default:
        return;
    }
  };

  const types = h.types;
  const roots = (): void => {
    for (const tab of [h.arr0, h.arr1]) {
      for (let i = 0; i < tab.length; i++) if (tab[i] !== null) arr(types[i], tab[i] as unknown[]);
    }
    for (const tab of [h.obj0, h.obj1]) {
      for (let i = 0; i < tab.length; i++) if (tab[i] !== null) ptr(types[i], tab[i]);
    }
    for (const tab of [h.ctr0, h.ctr1]) {
      for (let i = 0; i < tab.length; i++) {
        const c = tab[i];
        if (c === null) continue;
        if (c instanceof Chan) chan(c);
        else if (typeof (c as GoMap).len === 'function') map(c as GoMap);
      }
    }
    str(h.str0);
    if (h.str1 !== h.str0) str(h.str1);
  };
  roots();
  const g = liveGoroutines();
  bytes += g * G_BYTES;
  w += g * G_WORDS;
  while (ts.length > 0) {
    work++;
    scan(ts.pop()!, vs.pop());
    if (seen.size > WALK_MAX_OBJECTS) return { bytes, words: w, work, complete: false };
  }
  return { bytes, words: w, work: work + seen.size, complete: true };
}

// ---------------------------------------------------------------------------
// The out-of-memory traceback's runtime frames (go1.27 lines)

const REGS = ' fp=0xc000056f50 sp=0xc000056f28 pc=0x4761a8';
const R = '/usr/local/go/src/runtime/';

function frame(name: string, file: string, line: number, off: string): string {
  return `${name}\n\t${file}:${line} +0x${off}${REGS}\n`;
}
function inlined(name: string, file: string, line: number): string {
  return `${name}(...)\n\t${file}:${line}\n`;
}
const hex = (n: number): string => '0x' + n.toString(16);

/** runtime.throw down to mallocgc for a request of `size` bytes. */
function mallocFrames(size: number, scan: boolean): string {
  let s = frame('runtime.throw({0x47f1c4?, 0x80?})', R + 'panic.go', 1245, '48');
  if (size > MAX_SMALL - 8) {
    s += frame(`runtime.(*mcache).allocLarge(0x0?, ${hex(roundUp(size, PAGE))}, ${scan ? '0x0' : '0x1'})`, R + 'mcache.go', 259, '18b');
    s += frame(`runtime.mallocgcLarge(0xc000012120?, 0x518498, ${scan ? '0x0' : '0x1'})`, R + 'malloc.go', 1709, '79');
    s += frame(`runtime.mallocgc(${hex(size)}, 0x518498, 0x1)`, R + 'malloc.go', 1137, '11a');
    return s;
  }
  s += frame('runtime.(*mcache).refill(0x7f0938441a00, 0x67?)', R + 'mcache.go', 207, '1fb');
  s += frame('runtime.(*mcache).nextFree(0x7f0938441a00, 0x67)', R + 'malloc.go', 1006, '7e');
  if (!scan) {
    s += frame(`runtime.mallocgcSmallNoscan(${hex(size)}?, 0x0?, 0x1?)`, R + 'malloc.go', 1403, '185');
    s += frame(`runtime.mallocgc(${hex(size)}, 0x518828, 0x1)`, R + 'malloc.go', 1125, '113');
  } else if (size <= 512) {
    s += frame(`runtime.mallocgcSmallScanNoHeader(${hex(size)}?, 0x518498?)`, R + 'malloc.go', 1535, '185');
    s += frame(`runtime.mallocgc(${hex(size)}, 0x518498, 0x1)`, R + 'malloc.go', 1131, '113');
  } else {
    s += frame(`runtime.mallocgcSmallScanHeader(${hex(size)}?, 0x518498?)`, R + 'malloc.go', 1633, '185');
    s += frame(`runtime.mallocgc(${hex(size)}, 0x518498, 0x1)`, R + 'malloc.go', 1133, '113');
  }
  return s;
}

/**
 * The runtime frames of an out-of-memory fatal error, innermost first: `system` for the
 * `runtime stack:` section (a throw on the system stack), `frames` above the program's.
 */
export function oomRuntimeFrames(o: OutOfMemory): { system: string; frames: string } {
  if (o.site === 'newproc') {
    // go1.27 under ulimit -v: the stack allocation fails on the system stack.
    let sys = frame('runtime.throw({0x47f1c4?, 0x7fff49f33378?})', R + 'panic.go', 1245, '48');
    sys += frame('runtime.stackpoolalloc(0x0)', R + 'stack.go', 202, '167');
    sys += frame('runtime.stackcacherefill(0x7f514813da00, 0x0)', R + 'stack.go', 290, '65');
    sys += frame('runtime.stackalloc(0x800)', R + 'stack.go', 392, '30b');
    sys += frame('runtime.malg.func1()', R + 'proc.go', 5317, '1f');
    sys += frame('runtime.malg(0x800)', R + 'proc.go', 5316, '7e');
    sys += frame('runtime.newproc1(0x521428, 0xc000002380, 0x47dbba, 0x0, 0x0)', R + 'proc.go', 5361, '79');
    sys += frame('runtime.newproc.func1()', R + 'proc.go', 5338, '25');
    sys += frame('runtime.systemstack(0x47d23f)', R + 'asm_amd64.s', 531, '4a');
    const frames = frame('runtime.systemstack_switch()', R + 'asm_amd64.s', 481, '8') + frame('runtime.newproc(0x521428?)', R + 'proc.go', 5337, '3f');
    return { system: sys, frames };
  }
  return { system: '', frames: allocFrames(o) };
}

function allocFrames(o: OutOfMemory): string {
  const size = o.size > 0 ? o.size : 0x4400;
  let s = mallocFrames(size, o.scan);
  switch (o.site) {
    case 'makeslice':
      s += frame('runtime.makeslice(0x0?, 0x0?, 0x0?)', R + 'slice.go', 117, '49');
      break;
    case 'growslice':
      s += frame('runtime.growslice(0xc000012120?, 0x0?, 0x0?, 0x1?, 0x518648?)', R + 'slice.go', o.scan ? 273 : 265, '573');
      break;
    case 'concatstrings':
      s += inlined('runtime.rawstring', R + 'string.go', 326);
      s += frame(`runtime.rawstringtmp(0x0?, ${hex(size)})`, R + 'string.go', 190, '3e');
      s += frame('runtime.concatstrings(0x0?, {0xc000012120?, 0x2, 0x2?})', R + 'string.go', 55, 'e5');
      s += frame('runtime.concatstring2(0x0?, {0xc000012120?, 0x0?}, {0xc000012120?, 0x0?})', R + 'string.go', 67, '3d');
      break;
    case 'stringtoslicebyte':
      s += frame(`runtime.rawbyteslice(${hex(size)})`, R + 'string.go', 333, 'b4');
      s += frame(`runtime.stringtoslicebyte(0x0?, {0xc000012120, ${hex(size)}})`, R + 'string.go', 231, '46');
      break;
    case 'slicebytetostring':
      s += frame(`runtime.slicebytetostring(0x0?, 0xc000012120, ${hex(size)})`, R + 'string.go', 171, '77');
      break;
    case 'stringtoslicerune':
      s += frame(`runtime.rawruneslice(${hex(size / 4)})`, R + 'string.go', 348, 'a5');
      s += frame('runtime.stringtoslicerune(0x0?, {0xc000012120, 0x0?})', R + 'string.go', 250, '8e');
      break;
    case 'slicerunetostring':
      s += inlined('runtime.rawstring', R + 'string.go', 326);
      s += frame(`runtime.rawstringtmp(0x0?, ${hex(size)})`, R + 'string.go', 190, '3e');
      s += frame('runtime.slicerunetostring(0x0?, {0xc000012120, 0x0?, 0x0?})', R + 'string.go', 279, '105');
      break;
    case 'newobject':
      s += frame('runtime.newobject(0x518498?)', R + 'malloc.go', 2141, '25');
      break;
    case 'makemap':
      s += frame('runtime.newarray(0x0?, 0x0?)', R + 'malloc.go', 2191, '45');
      s += frame('internal/runtime/maps.newarray(0x0?, 0x0?)', R + 'malloc.go', 2215, '13');
      s += inlined('internal/runtime/maps.newGroups', '/usr/local/go/src/internal/runtime/maps/group.go', 330);
      s += frame('internal/runtime/maps.(*table).reset(0xc000012120, 0x5140e0, 0x400)', '/usr/local/go/src/internal/runtime/maps/table.go', 104, '3d');
      s += frame('internal/runtime/maps.newTable(0x5140e0, 0x400, 0xffffffffffffffff, 0xe)', '/usr/local/go/src/internal/runtime/maps/table.go', 95, '8f');
      s += frame('internal/runtime/maps.NewMap(0x5140e0, 0x0?, 0x0?, 0x0?)', '/usr/local/go/src/internal/runtime/maps/map.go', 341, '185');
      s += frame('runtime.makemap(0x0?, 0x0?, 0x0?)', R + 'map.go', 67, '29');
      break;
    case 'makechan':
      s += frame('runtime.makechan(0x0?, 0x0?)', R + 'chan.go', o.scan ? 110 : 105, '1b0');
      break;
    case 'repeat':
      s += frame(`internal/bytealg.MakeNoZero(${hex(size)})`, R + 'slice.go', 437, '3c');
      break;
    case 'mapassign': {
      const fast = o.keyKind === 'string' ? 'runtime.mapassign_faststr' : ['int', 'int64', 'uint', 'uint64', 'uintptr'].includes(o.keyKind)
        ? 'runtime.mapassign_fast64' : ['int32', 'uint32'].includes(o.keyKind) ? 'runtime.mapassign_fast32' : 'runtime.mapassign';
      const file = fast === 'runtime.mapassign' ? 'runtime.go' : fast === 'runtime.mapassign_faststr' ? 'runtime_faststr.go' : fast === 'runtime.mapassign_fast32' ? 'runtime_fast32.go' : 'runtime_fast64.go';
      s += frame('runtime.newarray(0x0?, 0x0?)', R + 'malloc.go', 2191, '45');
      s += frame('internal/runtime/maps.newarray(0x0?, 0x0?)', R + 'malloc.go', 2215, '13');
      s += inlined('internal/runtime/maps.newGroups', '/usr/local/go/src/internal/runtime/maps/group.go', 330);
      s += frame('internal/runtime/maps.(*table).reset(0xc000012120, 0x5140e0, 0x400)', '/usr/local/go/src/internal/runtime/maps/table.go', 104, '3d');
      s += frame('internal/runtime/maps.newTable(0x5140e0, 0x400, 0xffffffffffffffff, 0xe)', '/usr/local/go/src/internal/runtime/maps/table.go', 95, '8f');
      s += frame('internal/runtime/maps.(*table).split(0xc000012120, 0x5140e0, 0xc000012120)', '/usr/local/go/src/internal/runtime/maps/table.go', 1247, '4e');
      s += frame('internal/runtime/maps.(*table).rehash(0xc000012120?, 0x5140e0?, 0xc000012120?)', '/usr/local/go/src/internal/runtime/maps/table.go', 1230, '30');
      s += frame(`${fast}(0x5140e0, 0xc000012120, 0x0)`, `/usr/local/go/src/internal/runtime/maps/${file}`, 313, '187');
      break;
    }
  }
  return s;
}

/** The frames below the program's: runtime.main (goroutine 1) and runtime.goexit. */
export function oomBottomFrames(main: boolean): string {
  return (main ? frame('runtime.main()', R + 'proc.go', 302, '427') : '') + frame('runtime.goexit({})', R + 'asm_amd64.s', 1264, '1');
}
