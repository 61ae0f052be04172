// Package time's timers on the virtual clock, modelled on go1.27 runtime/time.go (timer,
// newTimer, modify, stop, unlockAndRun, maybeRunChan) and, for Go ≤ 1.22, on go1.22's
// asynchronous timer channels (runtime/time.go modtimer/deltimer, time/sleep.go sendTime).
//
// # Algorithm
//
// A timer fires at `when` (virtual nanoseconds, sched.ts Sched.now): a channel timer
// (time.NewTimer, NewTicker, After, Tick) sends the time on its channel without blocking
// (time.sendTime: a select with a default); a function timer (time.AfterFunc) starts f in
// a new goroutine (time.goFunc). A periodic timer (Ticker) is then rescheduled at
// when + period*(1 + (now-when)/period), skipping the ticks it missed. The scheduler runs
// the due timers between turns (Sched.wakeSleepers) from two binary heaps (function
// timers, channel timers) ordered by (when, order of scheduling); stopped and rescheduled
// timers leave stale entries behind (Go's zombies), recognised by a generation number and
// dropped when they surface. When no goroutine can run, the scheduler asks for the
// earliest timer that can wake one (next()): a function timer, or a channel timer some
// goroutine blocks on (recorded by blockTimerChan, as go1.27 chan.go/select.go do).
//
// Go 1.23 made timer channels synchronous, as far as the program can tell:
//   - cap(t.C) and len(t.C) read 0 (the channel keeps a one-element buffer inside);
//   - Stop and Reset drain a value the timer sent but nobody received, so no stale value
//     is received after they return, and report the timer as stopped (true);
//   - a receive on the channel of a timer that is due but has not run yet (or a select
//     polling that channel) runs it first (maybeRunChan);
//   - a channel timer keeps the program alive only while a goroutine is blocked on its
//     channel (only then is it in the runtime's heap, so checkdead sees a deadlock).
// Before 1.23 the channel is a plain buffered channel of capacity 1: a value sent before
// Stop or Reset stays there (Stop returns false once the timer fired), and every active
// timer keeps the program alive (a Ticker nobody reads makes it wait forever: reported as
// the time limit, see Sched.deadlock).
//
// Here the timers fire eagerly in both modes (real Go 1.23+ runs an unwatched channel
// timer lazily, when someone receives or stops it): the program cannot tell the
// difference, since the value a synchronous timer sends carries its scheduled time
// (`Now().Add(-delta)`), not the time it ran.
//
// # Invariants
//  - A timer is active iff `when` is meaningful; an active timer has exactly one valid
//    heap entry (entry.gen === timer.gen).
//  - A timer channel's buffer holds at most one value (capacity 1).

import { cur } from './state.ts';
import { normBig } from './ints.ts';
import { type Chan, type ChanTimer, type TimerQueue, chansendNB, getSched } from './sched.ts';

/** The virtual clock's origin, 2009-11-10 23:00:00 UTC, in Unix nanoseconds (time.start). */
const START_NS = 1257894000n * 1000000000n;
/** Seconds from January 1, year 1 to the Unix epoch (go1.27 time/time.go unixToInternal). */
const UNIX_TO_INTERNAL = BigInt((1969 * 365 + Math.floor(1969 / 4) - Math.floor(1969 / 100) + Math.floor(1969 / 400)) * 86400);

/** `go arg.(func())()` in time/sleep.go (time.goFunc), by minor version. */
const goFuncLine: Record<number, number> = { 19: 176, 21: 176, 22: 177, 23: 215, 24: 215, 25: 215, 26: 215, 27: 182 };

class Timer implements ChanTimer {
  active = false;
  when = 0;
  period = 0;
  /** Bumped whenever the timer is stopped, rescheduled or run: older heap entries are stale. */
  gen = 0;
  readonly ch: Chan | null;
  readonly f: ((...a: unknown[]) => unknown) | null;
  readonly q: Timers;
  constructor(q: Timers, ch: Chan | null, f: ((...a: unknown[]) => unknown) | null) {
    this.q = q;
    this.ch = ch;
    this.f = f;
  }
  get sync(): boolean {
    return this.q.sync;
  }
  maybeRunChan(): void {
    if (!this.q.sync || !this.active) return;
    const now = clock();
    if (this.when <= now) this.q.fire(this, now);
  }
  blockTimerChan(): void {
    if (this.q.sync && this.active) this.q.watched.add(this);
  }
}

interface Entry {
  when: number;
  order: number;
  gen: number;
  t: Timer;
}

function clock(): number {
  return getSched()?.now ?? 0;
}

function before(a: Entry, b: Entry): boolean {
  return a.when < b.when || (a.when === b.when && a.order < b.order);
}

function valid(e: Entry): boolean {
  return e.t.active && e.gen === e.t.gen;
}

/** A binary min-heap of timer entries ordered by (when, order of scheduling). */
class Heap {
  readonly h: Entry[] = [];

  /** The earliest valid entry (stale ones on top are dropped), or undefined. */
  top(): Entry | undefined {
    for (;;) {
      const e = this.h[0];
      if (e === undefined || valid(e)) return e;
      this.pop();
    }
  }

  push(e: Entry): void {
    const h = this.h;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  pop(): void {
    const h = this.h;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && before(h[l]!, h[m]!)) m = l;
      if (r < h.length && before(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}

class Timers implements TimerQueue {
  readonly sync = cur().goMinor >= 23;
  readonly all: Timer[] = [];
  /** Function timers (AfterFunc) and channel timers. */
  private readonly funcs = new Heap();
  private readonly chans = new Heap();
  /** Go 1.23+: channel timers a goroutine blocked on (go1.27 blockTimerChan); pruned lazily. */
  readonly watched = new Set<Timer>();
  private order = 0;

  add(t: Timer): number {
    this.all.push(t);
    return this.all.length;
  }

  schedule(t: Timer, when: number, period: number): void {
    t.active = true;
    t.when = when;
    t.period = period;
    t.gen++;
    (t.ch !== null ? this.chans : this.funcs).push({ when, order: this.order++, gen: t.gen, t });
  }

  unschedule(t: Timer): void {
    t.active = false;
    t.gen++;
  }

  /** unlockAndRun: the timer's action, then its next time (periodic) or its end. */
  fire(t: Timer, now: number): void {
    const when = t.when;
    if (t.period > 0) this.schedule(t, when + t.period * (1 + Math.floor((now - when) / t.period)), t.period);
    else this.unschedule(t);
    if (t.ch !== null) {
      // go1.27 sendTime sends Now().Add(-delta), the scheduled time; go1.22 sends Now().
      chansendNB(t.ch, timeValue(t.ch, this.sync ? when : now));
    } else if (t.f !== null) {
      const s = getSched();
      if (s === null) return;
      const minor = cur().goMinor;
      // Started from the timer code on the system stack: no creating goroutine (goid 0).
      s.newproc(t.f, [], { name: 'time.goFunc', line: goFuncLine[minor] ?? 182, goid: 0, file: '/usr/local/go/src/time/sleep.go' });
    }
  }

  /** Go ≤ 1.22: a channel timer whose firing can change something (see the header). */
  private liveAsync(t: Timer): boolean {
    return t.period === 0 || t.ch!.recvq.length > 0 || t.ch!.buf.length < t.ch!.cap;
  }

  next(): number {
    let min = this.funcs.top()?.when ?? Infinity;
    if (this.sync) {
      for (const t of this.watched) {
        if (!t.active || t.ch!.recvq.length === 0) this.watched.delete(t);
        else if (t.when < min) min = t.when;
      }
      return min;
    }
    const c = this.chans.top();
    if (c === undefined) return min;
    if (this.liveAsync(c.t)) return Math.min(min, c.when);
    for (const e of this.chans.h) if (e.when < min && valid(e) && this.liveAsync(e.t)) min = e.when;
    return min;
  }

  run(now: number): void {
    for (;;) {
      const f = this.funcs.top();
      const c = this.chans.top();
      const e = f === undefined ? c : c === undefined ? f : before(f, c) ? f : c;
      if (e === undefined || e.when > now) return;
      (e === f ? this.funcs : this.chans).pop();
      this.fire(e.t, now);
    }
  }

  hangs(): boolean {
    return !this.sync && this.chans.h.some((e) => valid(e) && e.t.period > 0);
  }
}

/**
 * The time.Time of virtual-clock reading ns (pkgs-time.ts `type Time struct{ sec, nsec, mono
 * int64; hasMono, local bool }`): what time.Now() returns at that reading.
 */
function timeValue(c: Chan, ns: number): unknown {
  const t = c.t.elem!;
  const v = t.zero() as Record<string, unknown>;
  const mono = BigInt(Math.trunc(ns));
  const unix = START_NS + mono;
  const key = (name: string): string => t.fields.find((f) => f.name === name)!.key;
  v[key('sec')] = normBig(UNIX_TO_INTERNAL + unix / 1000000000n);
  v[key('nsec')] = Number(unix % 1000000000n);
  v[key('mono')] = normBig(mono);
  v[key('hasMono')] = true;
  v[key('local')] = true;
  return v;
}

/** The run's timers: on the scheduler in a concurrent program, else per run (they never fire). */
const perRun = new WeakMap<object, Timers>();

function timers(): Timers {
  const s = getSched();
  const key: object = s ?? cur();
  let q = perRun.get(key);
  if (q === undefined) {
    q = new Timers();
    perRun.set(key, q);
    if (s !== null) s.timers = q;
  }
  return q;
}

function toNs(x: number | bigint): number {
  return typeof x === 'bigint' ? Number(x) : x;
}

function timerOf(h: number): Timer {
  const t = timers().all[h - 1];
  if (t === undefined) throw new Error(`time: no timer ${h}`); // handles come from newTimer
  return t;
}

/** time.newTimer: a timer with a channel (c) or a function (f); returns its handle (≥ 1). */
export function newTimer(when: number | bigint, period: number | bigint, c: Chan | null, f: ((...a: unknown[]) => unknown) | null): number {
  const q = timers();
  const t = new Timer(q, c, f);
  if (c !== null) c.timer = t;
  const h = q.add(t);
  q.schedule(t, toNs(when), toNs(period));
  return h;
}

/** time.stopTimer (go1.27 timer.stop): whether the call stopped the timer. */
export function stopTimer(h: number): boolean {
  const t = timerOf(h);
  let pending = t.active;
  t.q.unschedule(t);
  if (t.q.sync && drain(t)) pending = true;
  return pending;
}

/** time.resetTimer (go1.27 timer.modify): whether the timer had been active. */
export function resetTimer(h: number, when: number | bigint, period: number | bigint): boolean {
  const t = timerOf(h);
  let pending = t.active;
  t.q.schedule(t, toNs(when), toNs(period));
  if (t.q.sync && drain(t)) pending = true;
  return pending;
}

/** timerchandrain: discards a value the timer sent and nobody received. */
function drain(t: Timer): boolean {
  if (t.ch === null || t.ch.buf.length === 0) return false;
  t.ch.buf.length = 0;
  return true;
}
