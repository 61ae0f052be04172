// The race detector (`--race`), following ThreadSanitizer's happens-before model as the Go
// runtime feeds it (go1.27 runtime/race.go: racereadpc/racewritepc on the map header in every
// map entry point, raceacquire/racerelease in channels, sync and sync/atomic, and the
// go statement's racegostart).
//
// # Algorithm
//
// Vector clocks. Each goroutine has a clock (goid → time); a `go` statement gives the child a
// copy of its parent's clock and advances the parent. A release on a synchronisation object
// (mutex unlock, WaitGroup.Done, Once completion, channel operation, any atomic operation)
// joins the goroutine's clock into the object's; an acquire joins the object's clock into the
// goroutine's. Channels are modelled with one clock per channel that every operation acquires
// and releases, which orders a little more than Go's rules (k-th receive before the (k+cap)-th
// send): it can hide a race, never invent one.
//
// Shadow state per map: the last write (goroutine, its time, where) and the reads since, one per
// goroutine. A write races with the last write and with every read not ordered before it; a read
// races with the last write if that is not ordered before it. Each racing pair of code locations
// is reported once, as TSan does, with Go's report layout (go-facts §5.5), and at a normal exit
// the runtime prints `Found N data race(s)` and the exit status becomes 66.
//
// Only map races are detected (the runtime's own instrumentation of the map header); ordinary
// variables are not instrumented.

import { cur } from './state.ts';
import { getSched, type G } from './sched.ts';
import { goFrames } from './panic.ts';
import { MAP_LINES } from './maps/lines.ts';

type Clock = Map<number, number>;

interface Access {
  goid: number;
  time: number;
  fn: string;
  /** JS stack at the access (its user frames are printed). */
  stack: string;
  write: boolean;
  /** Already reported as one side of a race: TSan does not report it again. */
  reported?: boolean;
  /** An access to an element slot (user code's load or store through the slot pointer), not the header. */
  elem?: boolean;
}

interface Shadow {
  write: Access | null;
  reads: Map<number, Access>;
}

export class RaceState {
  private clocks = new WeakMap<G, Clock>();
  private syncs = new WeakMap<object, Clock>();
  /** Keys standing for (object, field) addresses, see canonical(). */
  readonly fieldSyncs = new WeakMap<object, Map<string | number, object>>();
  private shadows = new WeakMap<object, Shadow>();
  private addrs = new WeakMap<object, string>();
  private nextAddr = 0xc000096000;
  private reported = new Set<string>();
  count = 0;

  private clock(g: G): Clock {
    let c = this.clocks.get(g);
    if (c === undefined) {
      c = new Map([[g.id, 1]]);
      this.clocks.set(g, c);
    }
    return c;
  }

  /** racegostart: the child starts with its parent's knowledge; the parent moves on. */
  goStart(parent: G | null, child: G): void {
    const c: Clock = parent === null ? new Map() : new Map(this.clock(parent));
    c.set(child.id, 1);
    this.clocks.set(child, c);
    if (parent !== null) tick(this.clock(parent), parent.id);
  }

  private syncClock(obj: object): Clock {
    let c = this.syncs.get(obj);
    if (c === undefined) {
      c = new Map();
      this.syncs.set(obj, c);
    }
    return c;
  }

  acquire(g: G, obj: object): void {
    join(this.clock(g), this.syncClock(canonical(this, obj)));
  }

  /** An operation that both acquires and releases (atomics, channel operations). */
  acqRel(g: G, obj: object): void {
    this.acquire(g, obj);
    this.release(g, obj);
  }

  release(g: G, obj: object): void {
    const c = this.clock(g);
    join(this.syncClock(canonical(this, obj)), c);
    tick(c, g.id);
  }

  /** A map header access by the current goroutine in runtime function `fn`. */
  access(m: object, fn: string, write: boolean): void {
    this.check(m, m, fn, write, false);
  }

  /**
   * The user code's load or store of an element slot (the pointer mapaccess/mapassign return),
   * instrumented by the compiler: keyed by (map, key), reported with user frames only.
   */
  element(m: object, key: unknown, write: boolean): void {
    let per = this.elemSlots.get(m);
    if (per === undefined) {
      per = new Map();
      this.elemSlots.set(m, per);
    }
    let slot = per.get(key);
    if (slot === undefined) {
      slot = {};
      per.set(key, slot);
    }
    this.check(slot, m, '', write, true);
  }

  private elemSlots = new WeakMap<object, Map<unknown, object>>();

  private check(loc: object, m: object, fn: string, write: boolean, elem: boolean): void {
    const g = getSched()?.curG;
    if (g === undefined || g === null) return;
    const c = this.clock(g);
    let sh = this.shadows.get(loc);
    if (sh === undefined) {
      sh = { write: null, reads: new Map() };
      this.shadows.set(loc, sh);
    }
    const now: Access = { goid: g.id, time: c.get(g.id) ?? 0, fn, stack: new Error().stack ?? '', write, elem };
    const racy = (a: Access): boolean => a.goid !== g.id && (c.get(a.goid) ?? 0) < a.time && a.reported !== true;
    if (sh.write !== null && racy(sh.write)) this.report(elem ? loc : m, now, sh.write);
    if (write) {
      for (const r of sh.reads.values()) if (racy(r)) this.report(elem ? loc : m, now, r);
      sh.reads.clear();
      sh.write = now;
    } else sh.reads.set(g.id, now);
  }

  private addr(m: object): string {
    let a = this.addrs.get(m);
    if (a === undefined) {
      a = '0x00' + this.nextAddr.toString(16);
      this.nextAddr += 0x30;
      this.addrs.set(m, a);
    }
    return a;
  }

  private report(m: object, now: Access, prev: Access): void {
    prev.reported = true;
    now.reported = true;
    const key = `${now.fn}|${userLines(now)}|${prev.fn}|${userLines(prev)}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.count++;
    const s = getSched()!;
    const who = (goid: number): string => (goid === 1 ? 'main goroutine' : `goroutine ${goid}`);
    const addr = this.addr(m);
    let out = '==================\nWARNING: DATA RACE\n';
    out += `${now.write ? 'Write' : 'Read'} at ${addr} by ${who(now.goid)}:\n${stackText(now)}\n`;
    out += `Previous ${prev.write ? 'write' : 'read'} at ${addr} by ${who(prev.goid)}:\n${stackText(prev)}\n`;
    for (const goid of [now.goid, prev.goid]) {
      if (goid === 1) continue;
      const g = s.allgs.find((x) => x.id === goid);
      if (g === undefined || g.creator === null) continue;
      const abs = cur().absPath;
      out += `Goroutine ${goid} (${g.status === 'dead' ? 'finished' : 'running'}) created at:\n  ${g.creator.name}()\n      ${abs}:${g.creator.line} +0x10c\n\n`;
    }
    out = out.replace(/\n\n$/, '\n');
    cur().write(2, out + '==================\n');
  }
}

/** Atomic and sync operations on `&s.f` or `&a[i]` make a fresh reference each time: key them by (object, field). */
function canonical(rs: RaceState, obj: object): object {
  const r = obj as { o?: unknown; k?: unknown; get?: unknown };
  if (typeof r.get !== 'function' || typeof r.o !== 'object' || r.o === null || (typeof r.k !== 'string' && typeof r.k !== 'number')) return obj;
  const fs = rs.fieldSyncs;
  let per = fs.get(r.o);
  if (per === undefined) {
    per = new Map();
    fs.set(r.o, per);
  }
  let key = per.get(r.k);
  if (key === undefined) {
    key = {};
    per.set(r.k, key);
  }
  return key;
}

function tick(c: Clock, id: number): void {
  c.set(id, (c.get(id) ?? 0) + 1);
}

function join(into: Clock, from: Clock): void {
  for (const [k, v] of from) if ((into.get(k) ?? 0) < v) into.set(k, v);
}

function userLines(a: Access): string {
  return goFrames({ where: { stack: a.stack } }).map((f) => `${f.fn.name}:${f.line}`).join(',');
}

/**
 * The access's stack as TSan prints it: the runtime function at its declaration line with
 * +0x0, then the user frames. go1.27's mapaccess1_* wrapper shows mapaccess2_* (its
 * declaration) over mapaccess1_* at the call, and real runs show no user frame under it.
 */
function stackText(a: Access): string {
  const V = MAP_LINES[cur().goMinor] ?? MAP_LINES[27];
  const root = '/usr/local/go/src/';
  const f = a.elem === true ? undefined : V.funcs[a.fn];
  let s = '';
  const inner = f !== undefined ? Object.keys(f.calls).find((c) => c.startsWith('mapaccess2')) : undefined;
  if (f !== undefined && inner !== undefined && V.funcs[inner] !== undefined) {
    s += `  runtime.${inner}()\n      ${root}${V.funcs[inner].file}:${V.funcs[inner].decl} +0x0\n`;
    s += `  runtime.${a.fn}()\n      ${root}${f.file}:${f.calls[inner]} +0x12\n`;
    return s;
  }
  const name = a.fn.startsWith('maps.') ? 'internal/runtime/' + a.fn : 'runtime.' + a.fn;
  if (f !== undefined) s += `  ${name}()\n      ${root}${f.file}:${f.decl} +0x0\n`;
  const abs = cur().absPath;
  for (const fr of goFrames({ where: { stack: a.stack } })) {
    const file = fr.fn.pkg === 'main' ? abs : `${root}${fr.fn.pkg}/${fr.fn.pkg.slice(fr.fn.pkg.lastIndexOf('/') + 1)}.go`;
    s += `  ${fr.fn.name}()\n      ${file}:${fr.line} +0x8b\n`;
  }
  return s;
}

/** The current run's race state, or null when the run is not under --race. */
export function race(): RaceState | null {
  return cur().race;
}

/** Hooks for the runtime: no-ops unless the run is under --race. */
export function raceAcquire(obj: unknown): void {
  const r = cur().race;
  const g = getSched()?.curG;
  if (r !== null && g !== undefined && g !== null && typeof obj === 'object' && obj !== null) r.acquire(g, obj);
}

export function raceRelease(obj: unknown): void {
  const r = cur().race;
  const g = getSched()?.curG;
  if (r !== null && g !== undefined && g !== null && typeof obj === 'object' && obj !== null) r.release(g, obj);
}

export function raceAcqRel(obj: unknown): void {
  const r = cur().race;
  const g = getSched()?.curG;
  if (r !== null && g !== undefined && g !== null && typeof obj === 'object' && obj !== null) r.acqRel(g, obj);
}
