// The map entry points the compiler calls, as goroutine steps on the scheduler, with the
// runtime's writing-flag checks where real Go has them. Follows go1.23 runtime/map.go and
// map_fast64.go / map_faststr.go / map_fast32.go (bucket maps, `hmap.flags & hashWriting`,
// toggled with ^=, cleared with &^=) and go1.27 internal/runtime/maps/runtime_fast64.go,
// runtime_faststr.go, runtime_fast32.go, runtime.go, map.go and table.go (Swiss tables,
// `Map.writing`, toggled with ^= 1 and cleared with ^= 1).
//
// # Algorithm
//
// In a concurrent program, every map operation in goroutine code is a call of one of these
// generators (compile/codegen.ts emits `yield* mapassign(...)` and friends); the data
// structure itself (maps/buckets.ts or maps/swiss.ts) runs each
// operation atomically. Around it the generator replays the shape of the real function:
//
//   mapassign*:  prologue · [h == nil → panic] · check flag (fatal "concurrent map writes")
//                · hash · toggle flag · body (the model's set; each non-inlined runtime call
//                it made is a prologue) · check flag again (fatal if another writer cleared
//                it) · clear flag
//   mapdelete*, mapclear: the same with the model's delete / clear (nil or empty map: no-op
//                before any check)
//   mapaccess1*/2*: prologue · [nil or empty → zero] · check flag (fatal "concurrent map
//                read and map write") · lookup
//   mapiternext / Iter.Next: prologue · check flag (fatal "concurrent map iteration and map
//                write") · step; Swiss iterators over a grown map look the key up again and
//                check once more with the read message (go1.27 table.go grownKeyElem →
//                map.go getWithKey)
//
// Between the steps the goroutine spends virtual time (`cost`, steps ≈ nanoseconds of the
// real code), and when its scheduling quantum runs out there it yields YIELD_STEP: the
// scheduler lets the other Ps run, but the goroutine keeps its P, because asynchronous
// preemption never lands in runtime code (go1.27 runtime/preempt.go:463). A preemption
// requested meanwhile (the time slice ran out) is honoured only at a prologue: the entry
// point's own, or that of a non-inlined runtime function the body called while holding the
// flag (go-facts §5.8; e.g. go1.27 `(*table).Delete` under `(*Map).Delete`). That is why a
// delete-and-reinsert writer crashes a reader on one P from Go 1.24 and never before.
//
// With an event listener (RunOptions.onEvent), each step is reported as a MapTraceEvent (api.ts):
// enter, flag-set, flag-clear, the model's own steps, exit, or fatal; maps are numbered in the
// order the runtime first touches them, and RunOptions.mapStates adds the model's state().
//
// # Invariants
//  - The flag is only ever changed by a writer between its entry check and its exit check.
//  - A nil map panics only for assignment; every other operation on nil is a no-op.

import { GoFatal } from '../panic.ts';
import { YIELD_STEP, YIELD_TICK, getSched, preempted, PROBE, SLICE } from '../sched.ts';
import { cur } from '../state.ts';
import type { GoMap, MapIter } from '../gomap.ts';
import { nilMapWrite } from '../gomap.ts';
import { copyVal, mapKey, roundupsize, type RType } from '../values.ts';
import { makeMap } from '../gomap.ts';
import type { RunState } from '../state.ts';
import type { MapTraceEvent } from '../../api.ts';
import type { MapModel } from './model.ts';
import { MapGroupSlots } from './swiss.ts';

/** Key algorithms the compiler's mapfast picks (compile/mapfast.ts). */
export const MAPSLOW = 0;
export const MAPFAST32 = 1;
export const MAPFAST64 = 2;
export const MAPFAST64PTR = 3;
export const MAPFASTSTR = 4;

const suffix = ['', '_fast32', '_fast64', '_fast64', '_faststr'];
const assignSuffix = ['', '_fast32', '_fast64', '_fast64ptr', '_faststr'];

/** hashWriting (go1.23 runtime/map.go:103) and the Swiss `writing` value. */
const hashWriting = 4;

/** Which runtime function detected the misuse, and where (for the traceback's runtime frames). */
export interface MapFatalSite {
  /** e.g. 'mapassign_fast64', 'mapaccess1_fast64', 'mapiternext', 'mapclear'. */
  fn: string;
  check: 'entry' | 'exit' | 'read' | 'iter' | 'iterRead' | 'noslot';
  /** Go names of runtime frames between the check and the entry point (innermost first). */
  inner: string[];
  /** The first mapiternext of a range runs inside mapiterinit (≤1.23). */
  inInit?: boolean;
  /** A Swiss small map (no table): the assign's exit check is the small-map path's. */
  small?: boolean;
  /** fn 'reflect': the fmt call printing the map (fmt → internal/fmtsort.Sort → reflect.MapIter). */
  fmt?: { entry: string; nargs: number; cap: number; format: number; simple?: boolean; verb: number; depth: number };
}

/** A fatal error raised by a map check: GoFatal plus where it fired. */
export class MapFatal extends GoFatal {
  site: MapFatalSite;
  constructor(msg: string, site: MapFatalSite) {
    super(msg, new Error());
    this.site = site;
  }
}

/** Per-run map state: whether the Swiss model's rules apply (Go ≥ 1.24). */
function swiss(): boolean {
  return cur().goMinor >= 24;
}

/**
 * Virtual time spent inside runtime code: adds `n` steps and reports whether the quantum ran
 * out, in which case the caller yields with `yield* quantumEnd()` (kept out of line so the
 * common path allocates no generator).
 */
function cost(n: number): boolean {
  const st = cur();
  st.rtSteps += n;
  const s = getSched();
  return s !== null && s.steps() >= st.preemptAt;
}

/**
 * The quantum ran out inside runtime code: with other Ps, yield YIELD_STEP (the goroutine keeps
 * its P); on one P only the time slice advances (a pending preemption). Answers the deadlock
 * dump's stack probe.
 */
function* quantumEnd(): Generator<number, void, unknown> {
  const st = cur();
  const s = getSched()!;
  st.preemptAt = s.steps() + st.quantum!();
  const g = s.curG!;
  if (s.ps.length === 1) {
    g.slice++;
    return;
  }
  for (;;) {
    const v = yield YIELD_STEP;
    if (v !== PROBE) return;
    g.stack = new Error().stack ?? '';
  }
}

/**
 * A function prologue's stack check, the synchronous preemption point: true when a
 * preemption is pending (the goroutine's time slice ran out); the caller then does
 * `yield* preemptNow()`.
 */
function preemptPending(): boolean {
  const s = getSched();
  return s !== null && s.curG!.slice >= SLICE;
}

/** `prologue`: the entry point (e.g. 'mapassign_fast64') whose prologue the goroutine stops in. */
function* preemptNow(prologue: string | null = null): Generator<number, void, unknown> {
  const g = getSched()!.curG!;
  g.status = 'runnable';
  g.prologue = prologue;
  yield* preempted();
  g.prologue = null;
}

/** The quantum ran out inside an allocation: the other Ps run (YIELD_TICK); the time slice stays. */
function* allocTick(): Generator<number, void, unknown> {
  const st = cur();
  const s = getSched()!;
  st.preemptAt = s.steps() + st.quantum!();
  if (s.ps.length === 1) return;
  const g = s.curG!;
  for (;;) {
    const v = yield YIELD_TICK;
    if (v !== PROBE) return;
    g.stack = new Error().stack ?? '';
  }
}

/**
 * The time the allocations of the model's last mutation take, with the flag held: clearing
 * and first touching the memory, and moving the entries into it, at NS_PER_BYTE_*; plus
 * FIRST_CLASS_NS the first time the run allocates from a size class (mcache refill from a
 * fresh span).
 */
function* allocTime(allocs: number[]): Generator<number, void, unknown> {
  const st = cur();
  let ns = 0;
  const perByte = st.goMinor >= 24 ? NS_PER_BYTE_SWISS : NS_PER_BYTE_BUCKETS;
  for (const b of allocs) {
    ns += b * perByte;
    if (b <= 32768) {
      const c = roundupsize(b, false);
      if (!st.mapClasses.has(c)) {
        st.mapClasses.add(c);
        ns += FIRST_CLASS_NS;
      }
    }
  }
  for (let n = Math.round(ns); n > 0; n -= 64) if (cost(Math.min(n, 64))) yield* allocTick();
}

/** The non-inlined calls the model's last mutation made: a prologue each. */
function* bodyCalls(calls: string[]): Generator<number, void, unknown> {
  for (let i = 0; i < calls.length; i++) {
    if (cost(2)) yield* quantumEnd();
    if (preemptPending()) yield* preemptNow();
  }
}

interface Flagged {
  writing: number;
  /** When (steps) and by which goroutine the flag was last set (fmtMapIter). */
  setAt?: number;
  setBy?: unknown;
}

function flags(m: GoMap): Flagged {
  return m as unknown as Flagged;
}

function fatal(msg: string, site: MapFatalSite, m: GoMap | null = null): never {
  if (m !== null) ev(m, site.fn, 'fatal', { kind: 'fatal', message: msg });
  throw new MapFatal(msg, site);
}

// ---------------------------------------------------------------------------
// Trace events (api.ts MapTraceEvent), only when the run has an event listener.

let ids: { run: RunState | null; of: WeakMap<object, number>; next: number } = { run: null, of: new WeakMap(), next: 1 };

/** The map's number in this run, in the order the runtime first touched the maps. */
function mapId(m: GoMap): number {
  const st = cur();
  if (ids.run !== st) ids = { run: st, of: new WeakMap(), next: 1 };
  let id = ids.of.get(m);
  if (id === undefined) {
    id = ids.next++;
    ids.of.set(m, id);
  }
  return id;
}

function ev(m: GoMap, fn: string, phase: MapTraceEvent['phase'], detail?: MapTraceEvent['detail']): void {
  const st = cur();
  const on = st.onMapEvent;
  if (on === null) return;
  const s = getSched();
  const e: MapTraceEvent = { kind: 'map', step: s?.steps() ?? 0, goid: s?.curG?.id ?? 1, map: mapId(m), fn, phase };
  if (detail !== undefined) e.detail = detail;
  if (phase === 'exit' && st.mapStates) {
    const model = m as Partial<MapModel>;
    e.state = typeof model.state === 'function' ? model.state() : { model: 'slots', count: m.len() };
  }
  on(e);
}

/** Entering a runtime map function: the event, and the model's steps forwarded while inside. */
function enter(m: GoMap, fn: string): void {
  const s = getSched();
  if (s !== null && s.curG !== null) {
    s.curG.inMap = true;
    // Another P is busy: from here the Ps advance in lockstep (sched.ts LOCKSTEP_MAX).
    if (s.lockstep()) {
      const st = cur();
      st.preemptAt = Math.min(st.preemptAt, s.steps() + st.quantum!());
    }
  }
  if (cur().onMapEvent === null) return;
  ev(m, fn, 'enter');
  const model = m as Partial<MapModel>;
  if ('trace' in model) model.trace = (step) => ev(m, fn, 'step', { kind: step.kind, ...step.detail });
}

function leave(m: GoMap, fn: string): void {
  const g = getSched()?.curG;
  if (g !== undefined && g !== null) g.inMap = false;
  if (cur().onMapEvent === null) return;
  const model = m as Partial<MapModel>;
  if ('trace' in model) model.trace = null;
  ev(m, fn, 'exit');
}

/** Costs in steps (≈ ns) of the real code's phases, for the time model. */
const COST_CALL = 1;
const COST_HASH = 3;
const COST_LOOKUP = 5;
const COST_STORE = 8;
/**
 * Fitted to the real times of filling a map (tests/maps/timing/insert.go, measured by
 * scripts/measure-latency.mjs into measured.json; tests/maps/timing.test.ts compares): filling
 * a map with 1024 entries takes go1.23 about 159 us beyond the assignments themselves while it
 * allocates 86 KB of buckets (incremental evacuation included): 1.84 ns per byte; go1.27 about
 * 76 us for 69 KB of groups (the last growth splits the table in two): 1.1 ns per byte. A
 * first map in a process pays about 2.3 us more for each size class it is the first to use
 * (first16 against second16).
 */
const NS_PER_BYTE_BUCKETS = 1.84;
const NS_PER_BYTE_SWISS = 1.1;
const FIRST_CLASS_NS = 2300;

/** Entry check of a writer: another writer holds the flag. */
function writeCheck(m: GoMap, fn: string): void {
  if (flags(m).writing !== 0) fatal('concurrent map writes', { fn, check: 'entry', inner: [] }, m);
}

/** h.flags ^= hashWriting (go1.23) / m.writing ^= 1 (go1.27), after hashing the key. */
function writeSet(m: GoMap, fn: string): void {
  const f = flags(m);
  f.writing ^= swiss() ? 1 : hashWriting;
  const s = getSched();
  if (s !== null) {
    f.setAt = s.steps();
    f.setBy = s.curG;
  }
  if (cur().onMapEvent !== null) ev(m, fn, 'flag-set');
}

/**
 * Exit check (another writer's toggle cleared our flag), then clear: &^= (≤1.23), ^= 1 (≥1.24).
 * `small`: the assign took the small-map path, whose exit check is its own (go1.27
 * runtime_fast64.go:224: every assign to a map that was small at entry, including the one that
 * grows it; go1.24-1.26 runtime_fast64.go:224: only when the map stayed small, as the growing
 * assign goes on to the table path and its check at :317/:322/:324).
 */
function writeClear(m: GoMap, fn: string, small = false): void {
  const f = flags(m);
  if (f.writing === 0) fatal('concurrent map writes', { fn, check: 'exit', inner: [], small }, m);
  if (swiss()) f.writing ^= 1;
  else f.writing &= ~hashWriting;
  if (cur().onMapEvent !== null) ev(m, fn, 'flag-clear');
}

/** A Swiss map without a table (dirLen 0); false for bucket maps. */
function isSmall(m: GoMap): boolean {
  return (m as { dirLen?: number }).dirLen === 0;
}

/**
 * Whether clear(m) of a map with no entries still runs: go1.25+ (*Map).Clear (go1.25
 * map.go:734) also clears a map whose deletes may have left tombstones (tombstonePossible),
 * checking and toggling the flag; go1.24 map.go:726 and ≤1.23 mapclear return at once.
 */
function clearsEmpty(m: GoMap): boolean {
  return cur().goMinor >= 25 && (m as { tombstonePossible?: boolean }).tombstonePossible === true;
}

/** The model's mutation calls made while the flag is set. */
function callsOf(m: GoMap): string[] | undefined {
  const c = (m as { calls?: string[] }).calls;
  return c !== undefined && c.length > 0 ? c : undefined;
}

export function* mapassign(alg: number, m: GoMap | null, k: unknown, v: unknown): Generator<number, void, unknown> {
  if (preemptPending()) yield* preemptNow('mapassign' + assignSuffix[alg]);
  if (m === null) nilMapWrite(alg);
  const fn = 'mapassign' + assignSuffix[alg];
  enter(m, fn);
  cur().race?.access(m, fn, true);
  if (cost(COST_CALL)) yield* quantumEnd();
  writeCheck(m, fn);
  if (cost(COST_HASH)) yield* quantumEnd();
  writeSet(m, fn);
  const smallBefore = isSmall(m);
  const minor = cur().goMinor;
  let slotPrologue = false;
  if (minor >= 24 && minor <= 26 && smallBefore && m.len() < MapGroupSlots) {
    // go1.24-1.26 mapassign read m.used < 8 and calls putSlotSmall* (a prologue: a
    // preemption point), which looks for the key, then for an empty slot: a writer that got
    // past the entry check beside this one may have filled the last slot since (go1.26
    // runtime_fast64.go:179 `small map with no empty slot (concurrent map writes?)`; go1.27
    // grows the map instead).
    slotPrologue = true;
    if (cost(COST_CALL)) yield* quantumEnd();
    if (preemptPending()) yield* preemptNow();
    // matchH2 over the group's control word and the key comparisons.
    if (cost(COST_LOOKUP)) yield* quantumEnd();
    if (isSmall(m) && m.len() >= MapGroupSlots && m.get(k) === undefined) {
      fatal('small map with no empty slot (concurrent map writes?)', { fn, check: 'noslot', inner: [] }, m);
    }
  }
  m.set(k, v);
  // The compiler's store through the slot pointer mapassign returned (instrumented under -race).
  cur().race?.element(m, raceKey(m, k), true);
  const allocs = (m as { allocs?: number[] }).allocs;
  if (allocs !== undefined && allocs.length > 0) yield* allocTime(allocs);
  const calls = callsOf(m);
  // (putSlotSmall*'s prologue, when the set called it, ran above.)
  if (calls !== undefined) yield* bodyCalls(slotPrologue ? calls.filter((c) => !c.includes('.(*Map).putSlotSmall')) : calls);
  if (cost(COST_STORE)) yield* quantumEnd();
  writeClear(m, fn, minor >= 27 ? smallBefore : isSmall(m));
  leave(m, fn);
}

export function* mapdelete(alg: number, m: GoMap | null, k: unknown): Generator<number, void, unknown> {
  if (preemptPending()) yield* preemptNow('mapdelete' + suffix[alg]);
  if (m !== null) cur().race?.access(m, 'mapdelete' + suffix[alg], true);
  if (m === null || m.len() === 0) {
    if (m !== null) m.delete(k); // the empty-map key check (unhashable dynamic keys)
    return;
  }
  const fn = 'mapdelete' + suffix[alg];
  enter(m, fn);
  if (cost(COST_CALL)) yield* quantumEnd();
  writeCheck(m, fn);
  if (cost(COST_HASH)) yield* quantumEnd();
  writeSet(m, fn);
  m.delete(k);
  const calls = callsOf(m);
  if (calls !== undefined) yield* bodyCalls(calls);
  if (cost(COST_STORE)) yield* quantumEnd();
  writeClear(m, fn);
  leave(m, fn);
}

export function* mapclear(m: GoMap | null): Generator<number, void, unknown> {
  if (preemptPending()) yield* preemptNow('mapclear');
  if (m !== null) cur().race?.access(m, 'mapclear', true);
  if (m === null || (m.len() === 0 && !clearsEmpty(m))) return;
  const fn = 'mapclear';
  enter(m, fn);
  if (cost(COST_CALL)) yield* quantumEnd();
  writeCheck(m, fn);
  if (cost(COST_HASH)) yield* quantumEnd();
  writeSet(m, fn);
  m.clear();
  const calls = callsOf(m);
  if (calls !== undefined) yield* bodyCalls(calls);
  if (cost(COST_STORE)) yield* quantumEnd();
  writeClear(m, fn);
  leave(m, fn);
}

/** A reader's check: entry, then the flag test ("concurrent map read and map write"). */
function readCheck(m: GoMap, fn: string): void {
  if (flags(m).writing !== 0) fatal('concurrent map read and map write', { fn, check: 'read', inner: [] }, m);
}

/** v := m[k]; `z` is the zero value, or the element's RType when `agg` (a fresh zero). */
export function* mapaccess1(alg: number, m: GoMap | null, k: unknown, z: unknown, agg: boolean): Generator<number, unknown, unknown> {
  if (preemptPending()) yield* preemptNow('mapaccess1' + suffix[alg]);
  // The race annotation comes first, before the empty-map return (go1.23 map_fast64.go:14).
  if (m !== null) cur().race?.access(m, 'mapaccess1' + suffix[alg], false);
  if (m === null || m.len() === 0) {
    if (m !== null) m.get(k);
    return agg ? (z as RType).zero() : z;
  }
  const fn = 'mapaccess1' + suffix[alg];
  enter(m, fn);
  if (cost(COST_CALL)) yield* quantumEnd();
  readCheck(m, fn);
  if (cost(COST_LOOKUP)) yield* quantumEnd();
  const v = m.get(k);
  if (v !== undefined) cur().race?.element(m, raceKey(m, k), false);
  leave(m, fn);
  return v === undefined ? (agg ? (z as RType).zero() : z) : v;
}

/** v, ok := m[k] */
export function* mapaccess2(alg: number, m: GoMap | null, k: unknown, z: unknown, agg: boolean): Generator<number, [unknown, boolean], unknown> {
  if (preemptPending()) yield* preemptNow('mapaccess2' + suffix[alg]);
  // go1.24-1.26's generic mapaccess2 reports its accesses with mapaccess1's pc (go1.26
  // internal/runtime/maps/runtime.go:134, go1.24/1.25 runtime_swiss.go:120; a real -race run
  // of go1.25 shows `runtime.mapaccess1()`); go1.27 runtime.go:66 and the fast variants name
  // their own.
  const minor = cur().goMinor;
  if (m !== null) cur().race?.access(m, alg === MAPSLOW && minor >= 24 && minor <= 26 ? 'mapaccess1' : 'mapaccess2' + suffix[alg], false);
  if (m === null || m.len() === 0) {
    if (m !== null) m.get(k);
    return [agg ? (z as RType).zero() : z, false];
  }
  const fn = 'mapaccess2' + suffix[alg];
  enter(m, fn);
  if (cost(COST_CALL)) yield* quantumEnd();
  readCheck(m, fn);
  if (cost(COST_LOOKUP)) yield* quantumEnd();
  const v = m.get(k);
  if (v !== undefined) cur().race?.element(m, raceKey(m, k), false);
  leave(m, fn);
  return v === undefined ? [agg ? (z as RType).zero() : z, false] : [v, true];
}

/** The element slot's identity for the race detector: the map's canonical key. */
function raceKey(m: GoMap, k: unknown): unknown {
  return mapKey(m.keyType, k);
}

/** A range loop's iterator (hiter / maps.Iter) with its map. */
export interface RangeIter {
  m: GoMap | null;
  it: MapIter | null;
  first: boolean;
  key: unknown;
  val: unknown;
}

/** mapiterinit (≤1.23) / mapIterStart (≥1.24). */
export function* mapiterinit(m: GoMap | null): Generator<number, RangeIter, unknown> {
  if (preemptPending()) yield* preemptNow();
  const r: RangeIter = { m, it: null, first: true, key: undefined, val: undefined };
  if (m !== null) cur().race?.access(m, swiss() ? 'mapIterStart' : 'mapiterinit', false);
  if (m === null || m.len() === 0) return r;
  if (cost(COST_CALL)) yield* quantumEnd();
  r.it = m.iter(cur().rand);
  return r;
}

/**
 * fmt printing a map (runtime/print.ts): internal/fmtsort.Sort ranges over it with reflect's
 * MapIter, whose Next checks the writing flag once per entry (≤1.23 reflect.mapiterinit →
 * mapiterinit → mapiternext; ≥1.24 reflect.mapIterStart → (*Iter).Next). The printing is one
 * native step of the engine, while real Go's iteration lasts about ITER_NS per entry, during
 * which a writer on another P keeps writing: so the check also fails when a goroutine running
 * on another P set the flag within that duration before now (the writes the iteration would
 * have overlapped). Real Go's traces show the first Next failing (reflect.mapiterinit /
 * mapIterStart), as the engine reports.
 */
export function fmtMapIter(m: GoMap, fmt: NonNullable<MapFatalSite['fmt']>): void {
  const s = getSched();
  if (s === null) return;
  const f = flags(m);
  // The iteration's and the sort's time (fmtsort.Sort: n log n comparisons of about 5 ns).
  const n = m.len();
  cur().rtSteps += (n + 1) * ITER_NS + Math.round(n * Math.log2(n + 1) * 5);
  const recent = f.setBy !== undefined && f.setBy !== s.curG && s.ps.includes(f.setBy as never) && s.steps() - (f.setAt ?? -Infinity) <= (n + 1) * ITER_NS;
  if (f.writing !== 0 || recent) fatal('concurrent map iteration and map write', { fn: 'reflect', check: 'iter', inner: [], inInit: true, fmt }, m);
}
/** Time of one step of reflect's map iteration (Next, Key, Value, the append of fmtsort.Sort). */
const ITER_NS = 20;

/** mapiternext (≤1.23) / mapIterNext → (*Iter).Next (≥1.24): advances; false at the end. */
export function* mapiternext(r: RangeIter): Generator<number, boolean, unknown> {
  const it = r.it;
  if (it === null) return false;
  const inInit = r.first;
  r.first = false;
  if (preemptPending()) yield* preemptNow();
  if (cost(COST_CALL)) yield* quantumEnd();
  const m = r.m!;
  const fn = swiss() ? 'maps.(*Iter).Next' : 'mapiternext';
  enter(m, fn);
  cur().race?.access(m, swiss() ? 'mapIterNext' : 'mapiternext', false);
  if (flags(m).writing !== 0) fatal('concurrent map iteration and map write', { fn, check: 'iter', inner: [], inInit }, m);
  const ok = it.next();
  if (ok && (it as { lookedUp?: boolean }).lookedUp === true) {
    // go1.27 table.go Iter.Next → grownKeyElem → map.go getWithKey: a lookup in the grown map.
    if (cost(COST_HASH)) yield* quantumEnd();
    if (flags(m).writing !== 0) fatal('concurrent map read and map write', { fn, check: 'iterRead', inner: [], inInit }, m);
  }
  if (cost(2)) yield* quantumEnd();
  leave(m, fn);
  r.key = it.key;
  r.val = it.val;
  return ok;
}

/** The copy itself, at once: the model's own (Swiss, per release) or entry by entry (buckets). */
export function cloneNow(src: GoMap): GoMap {
  const copy = (v: unknown): unknown => copyVal(src.elemType, v);
  const sw = src as unknown as { clone?: (copyElem: (v: unknown) => unknown) => GoMap };
  if (typeof sw.clone === 'function') return sw.clone(copy);
  const dst = makeMap(src.keyType, src.elemType, src.len());
  for (const [k, v] of src.entries()) dst.set(k, copy(v));
  return dst;
}

/**
 * maps.Clone's runtime part (maps.clone, linknamed to runtime mapclone), as steps: go1.23
 * runtime/map.go:1675 mapclone2 and go1.25+ (*Map).Clone (go1.27 map.go:805) check the flag
 * once ("concurrent map clone and map write") and copy; go1.24 runtime/map_swiss.go:337
 * mapclone2 makes a map and Puts what an Iter produces, each Iter.Next checking the flag
 * ("concurrent map iteration and map write", go1.24 table.go:683). The copy costs time in
 * proportion to the entries. Not modelled: go1.24's read check when the source grew during
 * the copy (Iter.Next → getWithKey), go1.23's check while copying a growing map (map.go:1763).
 */
export function* mapclone(src: GoMap): Generator<number, GoMap, unknown> {
  if (preemptPending()) yield* preemptNow();
  if (cost(COST_CALL)) yield* quantumEnd();
  const minor = cur().goMinor;
  if (minor === 24) {
    const it = src.iter(cur().rand);
    const dst = makeMap(src.keyType, src.elemType, src.len());
    for (;;) {
      if (flags(src).writing !== 0) fatal('concurrent map iteration and map write', { fn: 'mapclone2', check: 'iter', inner: [] }, src);
      if (!it.next()) break;
      dst.set(it.key, copyVal(src.elemType, it.val));
      if (cost(COST_LOOKUP + COST_STORE)) yield* quantumEnd();
    }
    return dst;
  }
  if (flags(src).writing !== 0) fatal('concurrent map clone and map write', { fn: minor >= 24 ? 'maps.(*Map).Clone' : 'mapclone2', check: 'entry', inner: [] }, src);
  const dst = cloneNow(src);
  // memmove of the groups or buckets: about one step per entry.
  for (let n = src.len(); n > 0; n -= 64) if (cost(Math.min(n, 64))) yield* quantumEnd();
  return dst;
}
