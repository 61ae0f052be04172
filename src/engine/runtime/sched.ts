// The goroutine scheduler and channels, modelled on go1.27 runtime/proc.go (G/M/P:
// newproc, gopark/goready, runqput/globrunqget, Gosched), runtime/chan.go (hchan,
// chansend, chanrecv, closechan) and runtime/select.go (selectgo).
//
// # Algorithm
//
// A goroutine (G) is a JS generator: functions that can block or be preempted are compiled
// to generator functions (compile/codegen.ts `asyncFns`), and calls between them use
// `yield*`, so a `yield` anywhere suspends the whole goroutine. A goroutine yields
//   - YIELD_PREEMPT at a preemption point (an async function's prologue or loop back-edge)
//     when the step counter passed the end of the current quantum (helpers.ts limit), or
//     at runtime.Gosched;
//   - YIELD_PARK after gopark recorded why it waits (channel, select, sleep, semaphore).
// The scheduler `schedule()` owns GOMAXPROCS Ps. Each P runs one G at a time; runnable Gs
// wait in the global run queue (FIFO). Every turn the scheduler picks, with the run's seeded
// generator, one P among those with work and resumes its G until its next yield, so the
// goroutines of different Ps interleave at the granularity of a quantum (a random number
// of steps, 1..QUANTUM_MAX): operations of goroutines on different Ps overlap as they do
// on parallel hardware. A G that used up its time slice (SLICE quanta, standing in for
// sysmon's 10 ms preemption) or called Gosched goes to the tail of the global queue.
// Plain (non-generator) functions run atomically inside their caller's quantum.
// A new G goes to its creator's P's runnext slot (the displaced one to the global queue); a P
// whose goroutine just left goes on with its runnext or the queue at once, while an idle P
// takes queued work only after an M's wake-up latency, so goroutines started together do not
// all begin at the same instant. The latencies are this machine's, measured on real Go
// (latency.ts, scripts/measure-latency.mjs): a go statement costs its goroutine 0.2 us, or
// 0.5 us (4 us on go1.23) when it wakes an idle P (wakep), whose M starts a queued goroutine
// 50 us later (median; 5 % within 2-12 us); a new goroutine's first start on a P costs 2.5 us.
// The time slice (SLICE quanta, about 8 us) is much shorter than sysmon's 10 ms, so that
// goroutines sharing a P interleave within a short run. While a goroutine is inside the
// runtime's map code and another P is busy, quanta are 1..LOCKSTEP_MAX steps and the busy Ps
// take turns: parallel map operations interleave at the grain of their steps, as on two cores.
// Inside the runtime's map code (maps/entry.ts) a quantum end yields YIELD_STEP: other Ps
// run, the G keeps its P, and only a prologue acts on an expired slice.
// Due timers of package time (timers.ts) run between turns. When no P has work: the
// virtual clock advances to the earliest sleeping G, timer or idle P's wake-up that can make
// progress; if there is none, `fatal error: all goroutines are asleep - deadlock!`.
// The program ends when main.main returns (the other goroutines are dropped, as exit(0)
// does).
//
// # Invariants
//  - A G is in exactly one place: running on a P, in the global run queue, parked on one
//    wait queue (channel sendq/recvq, a select's queues, the sleep list, a semaphore), or
//    dead.
//  - Channel buffers are FIFO; a receiver on a buffered channel with waiting senders takes
//    the head of the buffer and moves the first sender's value to the tail (chan.go recv).

import { GoFatal, GoGoexit, GoPanic, LimitExceeded, runtimeError, setPanicking } from './panic.ts';
import { cur } from './state.ts';
import { raceAcqRel, raceRelease } from './race.ts';
import type { RType } from './values.ts';
import { LATENCY, type Latencies } from './latency.ts';

export const YIELD_PREEMPT = 0;
export const YIELD_PARK = 1;
/**
 * The quantum ran out inside runtime code (maps/entry.ts): the other Ps get their turn, but
 * the goroutine keeps its P, since asynchronous preemption never lands in runtime code.
 */
export const YIELD_STEP = 2;
/**
 * Like YIELD_STEP, for time the runtime's map code spends allocating (maps/entry.ts): the other
 * Ps run, but the goroutine's time slice does not advance (SLICE stands in for sysmon's 10 ms,
 * at which scale a growth of some microseconds rarely decides where a preemption lands).
 */
export const YIELD_TICK = 3;
/** Resume value asking a parked goroutine to record its stack (for the deadlock dump). */
export const PROBE = { probe: true };

/** Most steps in one quantum. */
const QUANTUM_MAX = 256;
/**
 * Most steps in one quantum while a goroutine on another P is inside the runtime's map code:
 * parallel Ps then advance almost in lockstep, as two cores do, so two operations that start
 * together interleave at the grain of their steps (both writers past the entry check, both
 * reading a small map's count before either fills the last slot).
 */
const LOCKSTEP_MAX = 4;
/**
 * After a fatal error, steps (≈ ns) until freezetheworld's preemption signal reaches the other
 * Ps: the failing goroutine writes its message and enters startpanic_m first.
 */
const FREEZE_DELAY_MIN = 2000;
const FREEZE_DELAY_SPREAD = 6000;
/**
 * Real latencies of this machine (latency.ts, measured by scripts/measure-latency.mjs with
 * tests/maps/timing/wake.go on go1.23-1.27; earlier releases use go1.23's): the time a go
 * statement costs its goroutine with and without waking an idle P, how long after that wake-up
 * the other P starts a queued goroutine, and a new goroutine's first start on its P. Sampled
 * with the run's seeded generator, by linear interpolation between the 5 % quantiles.
 */
function latencies(minor: number): Latencies {
  return LATENCY[`1.${Math.min(27, Math.max(23, minor))}`]!;
}
function sample(qs: readonly number[], u: number): number {
  const x = u * (qs.length - 1);
  const i = Math.floor(x);
  return i + 1 >= qs.length ? qs[qs.length - 1]! : Math.round(qs[i]! + (qs[i + 1]! - qs[i]!) * (x - i));
}
/** Quanta in a time slice before the G is put back on the global queue. */
export const SLICE = 64;
/** go1.27 proc.go forcegcperiod: 2 minutes. */
const FORCEGC_PERIOD = 120e9;
/** When an idle sysmon notices it (it sleeps up to forcegcperiod/2; half that on average). */
const SYSMON_LAG = 30e9;

export class G {
  id: number;
  gen: Generator<number, unknown, unknown> | null = null;
  status: 'runnable' | 'running' | 'waiting' | 'dead' = 'runnable';
  waitReason = '';
  /** Go name and line of the go statement (`created by`), and the creating goroutine; `file` for a standard library creator. */
  creator: {
    name: string; line: number; goid: number; file?: string;
    /** The go statement's call is started through gc's wrapper closure (see compile goStmt): its ordinals. */
    wrap?: { js: string; go: number; all: number };
  } | null;
  /** JS name of the function the goroutine starts with (its frame before it first runs). */
  entry = '';
  /** JS stack recorded at the park point (probe), for tracebacks of waiting goroutines. */
  stack = '';
  /** Value handed over by the goroutine that woke it (channel element, select result). */
  param: unknown = undefined;
  slice = 0;
  sleepUntil = 0;
  /** Has run at least once (an unstarted generator cannot be probed). */
  started = false;
  /** First started by a woken M, whose wake-up latency includes the start (sched.ts wakep). */
  startPaid = false;
  /** The receive a goroutine waiting in `chan receive` made: `<-c` chanrecv1, comma-ok or range chanrecv2. */
  recvFn: 'chanrecv1' | 'chanrecv2' = 'chanrecv1';
  /** Inside the runtime's map code (maps/entry.ts enter → leave). */
  inMap = false;
  /** sync locks it holds (Mutex, RWMutex; pkgs-sync.ts holdlock). */
  locks = 0;
  /** Its panics in progress (runtime.g._panic; panic.ts setPanicking). */
  panicking: GoPanic[] = [];
  /** Stopped in the prologue of this map entry point (e.g. 'mapassign_fast64'), else null. */
  prologue: string | null = null;
  /** Stopped by an asynchronous preemption in user code when the world stopped (afterFatal). */
  asyncStop = false;
  /**
   * go1.27 runtime2.go g.waitsince: "approx time when the g become blocked", on the virtual
   * clock; 0 until a GC's stack scan sees it waiting (see Sched.gcCycle), reset when it runs.
   */
  waitsince = 0;
  /** A select in progress: the cases it waits on (to dequeue the losers). */
  sel: Sudog[] | null = null;
  constructor(id: number, creator: G['creator']) {
    this.id = id;
    this.creator = creator;
  }
}

interface Sudog {
  g: G;
  /** Value to send (send cases). */
  elem: unknown;
  /** Select case index, -1 for a plain send/receive. */
  caseIndex: number;
  c: Chan;
  isSend: boolean;
}

/** The timer behind a timer channel (timers.ts; go1.27 runtime/chan.go hchan.timer). */
export interface ChanTimer {
  /** Go 1.23+ synchronous timer channel: len and cap read 0. */
  sync: boolean;
  /** Sends the value of a timer that is due but has not run yet (go1.27 maybeRunChan). */
  maybeRunChan(): void;
  /** A goroutine blocks receiving from the channel (go1.27 blockTimerChan). */
  blockTimerChan(): void;
}

export class Chan {
  t: RType;
  cap: number;
  buf: unknown[] = [];
  closed = false;
  recvq: Sudog[] = [];
  sendq: Sudog[] = [];
  timer: ChanTimer | null = null;
  constructor(t: RType, cap: number) {
    this.t = t;
    this.cap = cap;
  }
}

/** Package time's timers (timers.ts), run by the scheduler beside the sleepers. */
export interface TimerQueue {
  /** When the first timer that can wake a goroutine fires (Infinity: none). */
  next(): number;
  /** Runs the timers due at `now`. */
  run(now: number): void;
  /** Timers remain that fire forever without waking anyone (real Go waits forever). */
  hangs(): boolean;
}

export class Sched {
  allgs: G[] = [];
  timers: TimerQueue | null = null;
  runq: G[] = [];
  ps: (G | null)[];
  curG: G | null = null;
  nextId = 1;
  /**
   * Goroutine ids come from per-P caches of _GoidCacheBatch (16) ids taken from a global
   * counter (go1.27 runtime/proc.go newproc1: pp.goidcache, sched.goidgen). startGoids sets
   * the state runtime.main leaves behind (see there).
   */
  private goidgen = 0;
  /** The finalizer goroutine's id (0: none; see startGoids). */
  fing = 0;
  private goidcache: number[] = [];
  private goidcacheend: number[] = [];
  /** Steps executed so far (the program's step counter plus the runtime's map steps). */
  steps: () => number = () => 0;
  /** Virtual clock: one nanosecond per step, plus the jumps made while all Gs slept. */
  private offset = 0;
  get now(): number {
    return this.offset + this.steps();
  }
  sleepers: G[] = [];
  main: G | null = null;
  /** main.main called runtime.Goexit: the others run on; none left is a fatal error. */
  mainGoexit = false;
  onEvent: ((kind: string, g: G, p: number, reason: string) => void) | null = null;
  private curP = 0;
  /** Per P: the G to run next (runnext), set by newproc. */
  private runnext: (G | null)[] = [];
  /** Per P: its M is still running (its goroutine left during the last turn). */
  private hot: boolean[] = [true];
  /** Per idle P with work waiting: when its M wakes up (0: not waking). */
  private wakeAt: number[] = [];
  private lat: Latencies;
  /** Round-robin counter of the lockstep turns. */
  private turn = 0;
  constructor(gomaxprocs: number, minor = 27) {
    this.ps = new Array<G | null>(Math.max(1, gomaxprocs)).fill(null);
    this.lat = latencies(minor);
  }

  /** An idle P's M wakes up: when it starts a queued goroutine, counted from now. */
  private wakeLatency(): number {
    return sample(this.lat.stolen, cur().rand());
  }

  /** runtime.GOMAXPROCS(n): Ps beyond n hand their goroutines back to the global queue. */
  setProcs(n: number): void {
    while (this.ps.length > n) {
      const g = this.ps.pop()!;
      if (g !== null) {
        g.status = 'runnable';
        this.runq.unshift(g);
      }
    }
    while (this.ps.length < n) this.ps.push(null);
  }

  quantum(): number {
    return 1 + Math.floor(cur().rand() * (this.lockstep() ? LOCKSTEP_MAX : QUANTUM_MAX));
  }

  /**
   * Another P is busy while some running goroutine is inside the map code without holding a
   * lock. An operation under a lock is ordered with every other one under it; one that races
   * with it is made by a goroutine without the lock, whose own operation runs in lockstep.
   */
  lockstep(): boolean {
    let busy = 0;
    let inMap = false;
    for (const g of this.ps) {
      if (g === null) continue;
      busy++;
      if (g.inMap && g.locks === 0) inMap = true;
    }
    return busy > 1 && inMap;
  }

  /** newproc: a new runnable G running fn(...args). */
  newproc(fn: (...a: unknown[]) => unknown, args: unknown[], creator: G['creator']): G {
    const g = new G(this.allocGoid(), creator);
    g.entry = fn.name;
    g.gen = goroutineBody(fn, args);
    this.allgs.push(g);
    cur().race?.goStart(this.curG, g);
    // runqput(pp, newg, true): the new G goes to the creating P's runnext slot; the one it
    // displaces goes to the queue (go1.27 runtime/proc.go newproc, runqput).
    // Only a goroutine running on its P has a runnext to use; goroutines started by the
    // runtime itself (timers' AfterFunc) go to the global queue.
    if (this.curG !== null && this.ps[this.curP] === this.curG) {
      const old = this.runnext[this.curP];
      if (old !== null && old !== undefined) this.runq.push(old);
      this.runnext[this.curP] = g;
      this.wakep();
    } else this.runq.push(g);
    this.event('created', g, this.curP, '');
    return g;
  }

  /**
   * newproc's wakep (go1.27 runtime/proc.go): when a P is idle and no M is already on its way
   * to one, the creating goroutine wakes an M (a futex wake, or a clone for a new M: the
   * `gowake` latency, 4 us on go1.23, 0.5 us from go1.24 on this machine), and that P starts
   * a queued goroutine after the `stolen` latency; other go statements cost `go`.
   */
  private wakep(): void {
    const st = cur();
    let idle = -1;
    for (let p = 0; p < this.ps.length; p++) {
      if (p === this.curP || this.ps[p] !== null) continue;
      if (this.wakeAt[p] > 0) {
        idle = -2; // an M is already waking up (sched.nmspinning != 0)
        break;
      }
      if (idle === -1) idle = p;
    }
    if (idle < 0) {
      st.rtSteps += sample(this.lat.go, st.rand());
      return;
    }
    this.wakeAt[idle] = this.now + this.wakeLatency();
    st.rtSteps += sample(this.lat.gowake, st.rand());
  }

  private allocGoid(): number {
    if (this.goidgen === 0) return this.nextId++; // before startGoids: goroutine 1
    const p = this.curP;
    if ((this.goidcache[p] ?? 0) === (this.goidcacheend[p] ?? 0)) {
      this.goidgen += 16;
      this.goidcache[p] = this.goidgen - 15;
      this.goidcacheend[p] = this.goidgen + 1;
    }
    return this.goidcache[p]!++;
  }

  /**
   * After runtime.main's start-up: P0's first batch (1..16) went to goroutine 1 and the
   * runtime's goroutines (forcegc 2, bgsweep 3, bgscavenge 4), and main usually resumes on
   * another P after waiting for the background goroutines in gcenable, whose first batch
   * starts at 17; from go1.25 runtime.main first starts the GOMAXPROCS updater, which takes
   * 17. So main's first goroutine is 17 (≤1.24) or 18 (≥1.25), as most real runs show
   * (chapter 1's captures also show 5 or 6 when main stayed on P0).
   */
  startGoids(minor: number, fing = false): void {
    this.goidgen = 32;
    for (let p = 0; p < this.ps.length; p++) this.goidcache[p] = this.goidcacheend[p] = 0;
    // The finalizer goroutine (a program linking os) takes the next id during package init.
    this.goidcache[this.curP] = (minor >= 25 ? 18 : 17) + (fing ? 1 : 0);
    this.fing = fing ? (minor >= 25 ? 18 : 17) : 0;
    this.goidcacheend[this.curP] = 33;
  }

  private event(kind: string, g: G, p: number, reason: string): void {
    if (this.onEvent !== null) this.onEvent(kind, g, p, reason);
  }

  ready(g: G, param: unknown): void {
    g.status = 'runnable';
    g.waitReason = '';
    g.param = param;
    this.runq.push(g);
    this.event('runnable', g, this.curP, '');
  }

  /** Runs goroutines until main returns. Throws GoPanic/GoFatal/GoExit as they happen. */
  schedule(): void {
    const st = cur();
    const busy: number[] = [];
    for (;;) {
      // runtime.GOMAXPROCS(n) may change the number of Ps between turns.
      const nps = this.ps.length;
      if (this.main !== null && this.main.status === 'dead' && !this.mainGoexit) return;
      // Idle Ps take work from the global queue: at once when their M is still running (its
      // goroutine just left in the previous turn), otherwise after the wake-up latency of an
      // idle M (wakep → futex wake, a few microseconds of virtual time).
      busy.length = 0;
      let wakeAt = Infinity;
      for (let p = 0; p < nps; p++) {
        const next = this.runnext[p];
        if (this.ps[p] === null && next !== null && next !== undefined && this.hot[p] === true) {
          // The P's M goes on with its runnext G (schedule → runqget).
          this.runnext[p] = null;
          this.take(p, next);
          busy.push(p);
          continue;
        }
        if (this.ps[p] !== null && this.runq.length === 0) {
          busy.push(p);
          continue;
        }
        // An idle P steals another P's runnext only when nothing else is queued.
        if (this.ps[p] === null && this.runq.length === 0) {
          for (let q = 0; q < nps; q++) {
            const n = this.runnext[q];
            if (q !== p && n !== null && n !== undefined) {
              this.runnext[q] = null;
              this.runq.push(n);
              break;
            }
          }
        }
        // A woken M that found nothing to run goes back to sleep.
        if (this.ps[p] === null && this.runq.length === 0 && this.wakeAt[p] > 0 && this.now >= this.wakeAt[p]) this.wakeAt[p] = 0;
        if (this.ps[p] === null && this.runq.length > 0) {
          if (this.hot[p] !== true) {
            if (!(this.wakeAt[p] > 0)) this.wakeAt[p] = this.now + this.wakeLatency();
            if (this.now < this.wakeAt[p]) {
              wakeAt = Math.min(wakeAt, this.wakeAt[p]);
              continue;
            }
          }
          // A woken M's `stolen` latency already includes the goroutine's first start.
          const woken = this.hot[p] !== true;
          this.wakeAt[p] = 0;
          const g = this.runq.shift()!;
          if (woken && !g.started) g.startPaid = true;
          this.take(p, g);
        }
        if (this.ps[p] !== null) busy.push(p);
      }
      this.hot.fill(false);
      if ((this.sleepers.length > 0 || this.timers !== null) && this.wakeSleepers(busy.length === 0, wakeAt)) continue;
      if (busy.length === 0) {
        if (wakeAt === Infinity) this.deadlock();
        // Nothing runs until an idle P wakes up: the clock jumps there.
        this.offset += Math.max(0, wakeAt - this.now);
        continue;
      }
      // The turn ends no later than the next idle P's wake-up, so its M starts on time.
      if (wakeAt !== Infinity && wakeAt - this.offset < st.preemptAt) st.preemptAt = Math.max(this.steps() + 1, wakeAt - this.offset);
      // In lockstep the busy Ps take turns; otherwise one is picked at random.
      const p = busy.length === 1 ? busy[0] : this.lockstep() ? busy[this.turn++ % busy.length] : busy[Math.floor(st.rand() * busy.length)];
      const g = this.ps[p]!;
      this.curP = p;
      this.curG = g;
      const param = g.param;
      g.param = undefined;
      // A goroutine's first start on its P (a fresh stack's first touch; the `runnext`
      // latency of wake.go, from main's park to the next goroutine's first statement).
      if (!g.started && !g.startPaid && g !== this.main) st.rtSteps += sample(this.lat.runnext, st.rand());
      g.started = true;
      setPanicking(g.panicking);
      const r = g.gen!.next(param);
      if (r.done === true) {
        g.status = 'dead';
        g.gen = null;
        this.ps[p] = null;
        this.hot[p] = true;
        this.event('exited', g, p, '');
        continue;
      }
      if (r.value === YIELD_PARK) {
        this.ps[p] = null;
        this.hot[p] = true;
        this.event('waiting', g, p, g.waitReason);
        continue;
      }
      if (r.value === YIELD_TICK) continue;
      if (r.value === YIELD_STEP) {
        // In runtime code: the slice may run out, but only a prologue can act on it.
        g.slice++;
        continue;
      }
      // Preempted at a quantum boundary: keep running on this P until the slice ends.
      if (++g.slice >= SLICE || g.status === 'runnable') {
        this.ps[p] = null;
        this.hot[p] = true;
        g.status = 'runnable';
        this.runq.push(g);
        this.event('runnable', g, p, 'preempted');
      }
    }
  }

  /**
   * After a fatal error in `failed` (go1.27 runtime/panic.go fatal → fatalthrow →
   * startpanic_m → freezetheworld → preemptall): the other Ps run on, in lockstep, for the
   * FREEZE_DELAY it takes the failing goroutine to print its message and the preemption signal
   * to arrive; then a goroutine in user code stops where it is (asynchronous preemption:
   * `asyncStop`), and one inside the runtime's map code, where asynchronous preemption cannot
   * land, runs on until it leaves it and reaches its next prologue (`prologue`). Returns the
   * first of them to raise a fatal error itself (a second writer whose own check failed), or
   * null.
   */
  afterFatal(failed: G | null): { g: G; err: GoFatal } | null {
    const st = cur();
    const left = new Set<G>();
    for (const g of this.ps) if (g !== null && g !== failed && g.gen !== null) left.add(g);
    const signalAt = this.steps() + FREEZE_DELAY_MIN + Math.floor(st.rand() * FREEZE_DELAY_SPREAD);
    let signalled = false;
    for (let turn = 0; left.size > 0 && turn < 1_000_000; turn++) {
      if (!signalled && this.steps() >= signalAt) {
        signalled = true;
        for (const g of left) {
          if (g.inMap) continue;
          if (g.started) g.asyncStop = true;
          left.delete(g);
        }
        if (left.size === 0) break;
      }
      const g = [...left][turn % left.size]!;
      this.curP = this.ps.indexOf(g);
      this.curG = g;
      const freeze = signalled && !g.inMap;
      st.preemptAt = this.steps() + 1 + Math.floor(st.rand() * LOCKSTEP_MAX);
      if (freeze) {
        g.slice = SLICE; // preemption requested: the next prologue stops it
        this.freezing = g;
        this.freezeSkips = 8;
      }
      try {
        setPanicking(g.panicking);
        const r = g.gen!.next(undefined);
        if (r.done === true || r.value === YIELD_PARK || freeze) left.delete(g);
        if (r.done === true) {
          g.status = 'dead';
          g.gen = null;
        } else if (r.value === YIELD_PARK) g.status = 'waiting';
      } catch (e) {
        this.freezing = null;
        if (e instanceof GoFatal) return { g, err: e };
        left.delete(g);
      }
      this.freezing = null;
    }
    return null;
  }

  /** While afterFatal stops `freezing`, its user code's step checks do not yield (freezeSkips times). */
  freezing: G | null = null;
  freezeSkips = 0;

  private take(p: number, g: G): void {
    // go1.27 proc.go execute: gp.waitsince = 0.
    g.waitsince = 0;
    g.status = 'running';
    g.slice = 0;
    this.ps[p] = g;
    this.event('running', g, p, '');
  }

  /**
   * Runs the due timers and readies the sleepers whose time has come; when `idle` (no P
   * has work) the clock first jumps to the earliest wake-up. Returns whether any G was
   * readied, or, when idle, whether there was a wake-up to jump to.
   */
  private wakeSleepers(idle: boolean, wakeAt = Infinity): boolean {
    let now = this.now;
    const timers = this.timers;
    if (idle) {
      let min = timers !== null ? Math.min(wakeAt, timers.next()) : wakeAt;
      for (const g of this.sleepers) min = Math.min(min, g.sleepUntil);
      if (min === Infinity) return false;
      if (min > now) {
        this.forcedGC(min);
        this.offset += min - now;
        now = min;
      }
    }
    const queued = this.runq.length;
    if (timers !== null) timers.run(now);
    const due = this.sleepers.filter((g) => g.sleepUntil <= now).sort((a, b) => a.sleepUntil - b.sleepUntil || a.id - b.id);
    if (due.length > 0) {
      this.sleepers = this.sleepers.filter((g) => g.sleepUntil > now);
      for (const g of due) this.ready(g, undefined);
    }
    return idle || this.runq.length > queued;
  }

  /**
   * A garbage collection cycle at virtual time `at` (runtime.GC, the heap reaching its goal,
   * or sysmon's forced GC). Only what tracebacks show of it is modelled: go1.27 mgcmark.go
   * markroot stamps each goroutine it finds waiting with `gp.waitsince = work.tstart` if not
   * yet stamped, and work.tstart is only set at the end of a cycle (mgc.go gcMark), so the
   * first cycle stamps 0 (nothing) and later ones the previous cycle's time. A traceback
   * prints `, N minutes` after the wait reason when N = (now - waitsince) / 1 minute ≥ 1
   * (traceback.go goroutineheader): a goroutine blocked before the program's second GC shows
   * the minutes since the first.
   */
  gcCycle(at = this.now): void {
    for (const g of this.allgs) if (g.status === 'waiting' && g.waitsince === 0) g.waitsince = this.gcTstart;
    // nanotime is never 0 in Go: 0 stays "not stamped".
    this.gcTstart = Math.max(at, 1);
    this.lastGC = this.gcTstart;
  }
  private gcTstart = 0;
  private lastGC = 0;

  /**
   * The forced GCs of a jump of the clock to `to` while every P is idle: sysmon starts one
   * when none ran for forcegcperiod (2 minutes), once any has run (go1.27 proc.go
   * sysmon, mgc.go gcTrigger.test gcTriggerTime: `lastgc != 0 && now-lastgc > forcegcperiod`);
   * an idle sysmon sleeps at most forcegcperiod/2, so it notices within a minute.
   */
  private forcedGC(to: number): void {
    while (this.lastGC !== 0 && this.lastGC + FORCEGC_PERIOD + SYSMON_LAG <= to) this.gcCycle(this.lastGC + FORCEGC_PERIOD + SYSMON_LAG);
  }

  /** The minutes a traceback prints after a waiting goroutine's reason (0: none). */
  waitMinutes(g: G): number {
    return g.status === 'waiting' && g.waitsince !== 0 ? Math.floor((this.now - g.waitsince) / 60e9) : 0;
  }

  /**
   * Asks every started goroutine except `except` to record its stack (g.stack): each is
   * suspended in gopark or at a preemption point and yields again at once.
   */
  probeAll(except: G | null): void {
    const saved = this.curG;
    for (const g of this.allgs) {
      if (g === except || g.status === 'dead' || g.gen === null || !g.started) continue;
      this.curG = g;
      g.gen.next(PROBE);
    }
    this.curG = saved;
  }

  private deadlock(): never {
    // go1.22 checkdead: a live timer (a Ticker nobody reads) means the program waits forever.
    if (this.timers !== null && this.timers.hangs()) {
      throw new LimitExceeded('time', 'time limit: every goroutine is blocked and a Ticker keeps the program waiting forever');
    }
    this.probeAll(null);
    const live = this.allgs.some((g) => g.status !== 'dead');
    if (this.mainGoexit && !live) {
      // go1.27 runtime/proc.go checkdead
      const f = new GoFatal('no goroutines (main called runtime.Goexit) - deadlock!', new Error());
      f.dumpAll = true; // no goroutine left to print
      throw f;
    }
    const f = new GoFatal('all goroutines are asleep - deadlock!', new Error());
    f.dumpAll = true;
    throw f;
  }
}

function* goroutineBody(fn: (...a: unknown[]) => unknown, args: unknown[]): Generator<number, unknown, unknown> {
  try {
    const r = fn(...args);
    if (isGenerator(r)) yield* r as Generator<number, unknown, unknown>;
  } catch (e) {
    if (!(e instanceof GoGoexit)) throw e;
    const s = sched!;
    if (s.curG === s.main) s.mainGoexit = true;
  }
  return undefined;
}

/** %GeneratorPrototype%: the prototype of every generator function's prototype. */
const GenProto = Object.getPrototypeOf(function* () {
  /* prototype probe */
}).prototype as object;

export function isGenerator(x: unknown): boolean {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(Object.getPrototypeOf(x)) === GenProto;
}

let sched: Sched | null = null;
export function setSched(s: Sched | null): void {
  sched = s;
}
export function getSched(): Sched | null {
  return sched;
}

/** gopark: the current G waits for `reason`; returns the value its waker handed over. */
export function* gopark(reason: string): Generator<number, unknown, unknown> {
  const g = sched!.curG!;
  g.status = 'waiting';
  g.waitReason = reason;
  for (;;) {
    const v = yield YIELD_PARK;
    if (v === PROBE) {
      g.stack = new Error().stack ?? '';
      continue;
    }
    return v;
  }
}

/** A dynamic call's result inside async code: runs a generator callee in this goroutine. */
export function* dyn(r: unknown): Generator<number, unknown, unknown> {
  if (isGenerator(r)) return yield* r as Generator<number, unknown, unknown>;
  return r;
}

/** A dynamic call's result inside plain code: a generator callee must finish without blocking. */
export function sync(r: unknown): unknown {
  if (!isGenerator(r)) return r;
  const gen = r as Generator<number, unknown, unknown>;
  for (;;) {
    const x = gen.next();
    if (x.done === true) return x.value;
    if (x.value === YIELD_PARK) throw new Error('not supported by Go Map Lab: blocking inside a function called from non-blocking code');
  }
}

/** The preemption flag set by limit(); cleared when read. */
export function yieldDue(): boolean {
  const st = cur();
  if (!st.preempt) return false;
  st.preempt = false;
  const s = sched;
  if (s !== null && s.freezing !== null && s.freezing === s.curG && s.freezeSkips-- > 0) return false;
  return true;
}

export function* gosched(): Generator<number, void, unknown> {
  const s = sched;
  if (s === null) return;
  s.curG!.status = 'runnable';
  yield* preempted();
}

/** A preemption point's yield; a PROBE while runnable records the stack (tracebacks). */
export function* preempted(): Generator<number, void, unknown> {
  const g = sched!.curG!;
  for (;;) {
    const v = yield YIELD_PREEMPT;
    if (v !== PROBE) return;
    g.stack = new Error().stack ?? '';
  }
}

// ---------------------------------------------------------------------------
// Channels (runtime/chan.go)

export function makechan(t: RType, size: number | bigint): Chan {
  const n = Number(size);
  if (n < 0 || n > 1 << 30) throw runtimeError('makechan: size out of range', false, true);
  return new Chan(t, n);
}

function plainPanic(msg: string): GoPanic {
  return runtimeError(msg, false, true);
}

export function* chansend(c: Chan | null, v: unknown): Generator<number, void, unknown> {
  if (c === null) {
    yield* gopark('chan send (nil chan)');
    return;
  }
  if (c.closed) throw plainPanic('send on closed channel');
  raceAcqRel(c);
  const r = c.recvq.shift();
  if (r !== undefined) {
    deliver(r, v, true);
    return;
  }
  if (c.buf.length < c.cap) {
    c.buf.push(v);
    return;
  }
  const g = sched!.curG!;
  c.sendq.push({ g, elem: v, caseIndex: -1, c, isSend: true });
  const ok = yield* gopark('chan send');
  raceAcqRel(c);
  if (ok === false) throw plainPanic('send on closed channel');
}

/** Hands a value (or the closed-channel zero) to a waiting receiver r. */
function deliver(r: Sudog, v: unknown, ok: boolean): void {
  const s = sched!;
  if (r.caseIndex >= 0) {
    dequeueSelect(r.g);
    s.ready(r.g, [r.caseIndex, v, ok]);
  } else s.ready(r.g, [v, ok]);
}

function dequeueSelect(g: G): void {
  for (const sd of g.sel ?? []) {
    const q = sd.isSend ? sd.c.sendq : sd.c.recvq;
    const i = q.findIndex((x) => x.g === g);
    if (i >= 0) q.splice(i, 1);
  }
  g.sel = null;
}

/** Takes a value from a channel that can proceed now: [value, ok], or null if it must wait. */
function tryRecv(c: Chan): [unknown, boolean] | null {
  if (c.timer !== null) c.timer.maybeRunChan();
  if (c.buf.length > 0) {
    const v = c.buf.shift();
    const s = c.sendq.shift();
    if (s !== undefined) {
      c.buf.push(s.elem);
      wakeSender(s);
    }
    return [v, true];
  }
  const s = c.sendq.shift();
  if (s !== undefined) {
    wakeSender(s);
    return [s.elem, true];
  }
  if (c.closed) return [c.t.elem!.zero(), false];
  return null;
}

function wakeSender(s: Sudog): void {
  if (s.caseIndex >= 0) {
    dequeueSelect(s.g);
    sched!.ready(s.g, [s.caseIndex, undefined, true]);
  } else sched!.ready(s.g, true);
}

/** v, ok := <-c */
export function* chanrecv2(c: Chan | null, one = false): Generator<number, unknown, unknown> {
  // Which runtime function the compiler called, for the goroutine's frames while it waits.
  sched!.curG!.recvFn = one ? 'chanrecv1' : 'chanrecv2';
  if (c === null) {
    yield* gopark('chan receive (nil chan)');
    return [null, false];
  }
  const r = tryRecv(c);
  raceAcqRel(c);
  if (r !== null) return r;
  const g = sched!.curG!;
  c.recvq.push({ g, elem: undefined, caseIndex: -1, c, isSend: false });
  if (c.timer !== null) c.timer.blockTimerChan();
  const got = yield* gopark('chan receive');
  raceAcqRel(c);
  return got;
}

/** <-c */
export function* chanrecv1(c: Chan | null): Generator<number, unknown, unknown> {
  return ((yield* chanrecv2(c, true)) as [unknown, boolean])[0];
}

export function closechan(c: Chan | null): void {
  if (c === null) throw plainPanic('close of nil channel');
  if (c.closed) throw plainPanic('close of closed channel');
  raceRelease(c);
  c.closed = true;
  const zero = c.t.elem!.zero();
  for (const r of c.recvq.splice(0)) deliver(r, zero, false);
  for (const s of c.sendq.splice(0)) {
    if (s.caseIndex >= 0) {
      dequeueSelect(s.g);
      sched!.ready(s.g, [s.caseIndex, undefined, false]);
    } else sched!.ready(s.g, false);
  }
}

export function chanlen(c: Chan | null): number {
  if (c === null || c.timer?.sync === true) return 0;
  return c.buf.length;
}

export function chancap(c: Chan | null): number {
  if (c === null || c.timer?.sync === true) return 0;
  return c.cap;
}

/** selectnbsend (a select with one send case and a default): false when it would block. */
export function chansendNB(c: Chan, v: unknown): boolean {
  if (c.closed) throw plainPanic('send on closed channel');
  const r = c.recvq.shift();
  if (r !== undefined) {
    deliver(r, v, true);
    return true;
  }
  if (c.buf.length < c.cap) {
    c.buf.push(v);
    return true;
  }
  return false;
}

/**
 * selectgo: cases are [chan, isSend, value]; returns [case index, value, ok], index -1 for
 * the default case. Ready cases are polled in a random order (select.go pollorder).
 */
export function* selectgo(cases: [Chan | null, boolean, unknown][], hasDefault: boolean): Generator<number, unknown, unknown> {
  const n = cases.length;
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const j = Math.floor(cur().rand() * (i + 1));
    order.push(order[j]);
    order[j] = i;
  }
  if (n === 0) order.length = 0;
  for (const i of order) {
    const [c, isSend, v] = cases[i];
    if (c === null) continue;
    if (isSend) {
      if (c.closed) throw plainPanic('send on closed channel');
      const r = c.recvq.shift();
      if (r !== undefined) {
        deliver(r, v, true);
        raceAcqRel(c);
        return [i, undefined, true];
      }
      if (c.buf.length < c.cap) {
        c.buf.push(v);
        raceAcqRel(c);
        return [i, undefined, true];
      }
    } else {
      const r = tryRecv(c);
      if (r !== null) {
        raceAcqRel(c);
        return [i, r[0], r[1]];
      }
    }
  }
  if (hasDefault) return [-1, undefined, false];
  if (n === 0 || cases.every((c) => c[0] === null)) {
    yield* gopark(n === 0 ? 'select (no cases)' : 'select (no cases)');
    return [-1, undefined, false];
  }
  const g = sched!.curG!;
  const sds: Sudog[] = [];
  for (let i = 0; i < n; i++) {
    const [c, isSend, v] = cases[i];
    if (c === null) continue;
    const sd: Sudog = { g, elem: v, caseIndex: i, c, isSend };
    sds.push(sd);
    (isSend ? c.sendq : c.recvq).push(sd);
    if (!isSend && c.timer !== null) c.timer.blockTimerChan();
  }
  g.sel = sds;
  const r = (yield* gopark('select')) as [number, unknown, boolean];
  const won = cases[r[0]]?.[0];
  if (won !== null && won !== undefined) raceAcqRel(won);
  if (cases[r[0]][1] && r[2] === false) throw plainPanic('send on closed channel');
  if (cases[r[0]][1]) return [r[0], undefined, true];
  return r;
}

// ---------------------------------------------------------------------------
// Semaphores (runtime/sema.go), the blocking primitive under package sync, and sleep.

const semaWaiters = new WeakMap<object, G[]>();

/** Parks the current G on key until semrelease(key). */
export function* semacquire(key: object, reason: string): Generator<number, void, unknown> {
  let q = semaWaiters.get(key);
  if (q === undefined) semaWaiters.set(key, (q = []));
  q.push(sched!.curG!);
  yield* gopark(reason);
}

/** Wakes the first G waiting on key (FIFO); false if none waits. */
export function semrelease(key: object): boolean {
  const q = semaWaiters.get(key);
  const g = q?.shift();
  if (g === undefined) return false;
  sched!.ready(g, undefined);
  return true;
}

/** time.Sleep on the virtual clock. */
export function* sleep(ns: number): Generator<number, void, unknown> {
  const s = sched;
  if (s === null) return;
  if (ns <= 0) {
    yield* gosched();
    return;
  }
  const g = s.curG!;
  g.sleepUntil = s.now + ns;
  s.sleepers.push(g);
  yield* gopark('sleep');
}
