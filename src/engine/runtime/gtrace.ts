// Goroutine stacks in tracebacks, per Go release and GOTRACEBACK level, following go1.27
// runtime/traceback.go (traceback2 and showframe: frames of functions named `runtime.*` show only
// at level system and above; goroutineheader: `gp=0x… m=N mp=0x…` / `m=nil` at system level from
// go1.22; tracebackothers: every other goroutine in allgs order, the runtime's own goroutines only
// at system level), runtime/proc.go (runtime.main and goexit at the bottom of every goroutine,
// forcegchelper), runtime/mgc.go gcenable (bgsweep and bgscavenge) and, from go1.25,
// updateMaxProcsGoroutine. Lines and argument shapes come from each GOROOT (rtlines.ts, generated
// by scripts/gen-runtime-lines.mjs); which frames a blocked goroutine shows, and which of them gc
// inlines, are what real Go 1.19–1.27 print (goldens in tests/systb/goldens).
//
// The engine's own frames of package sync (its Go-source Mutex, RWMutex, WaitGroup and Cond) and
// of blocking runtime calls (channel operations, select, time.Sleep, which have no frame of their
// own) are replaced by the frames real Go shows for the same wait:
//   chan receive   gopark ← chanrecv ← chanrecv1 (chanrecv2 for a comma-ok receive or a range)
//   chan send      gopark ← chansend ← chansend1
//   select         gopark ← selectgo            (select {}: gopark ← block)
//   sleep          gopark ← time.Sleep
//   Mutex.Lock     gopark ← goparkunlock ← semacquire1 ← [internal/]sync.runtime_SemacquireMutex
//                  ← [internal/]sync.(*Mutex).lockSlow ← [internal/sync.(*Mutex).Lock ←] sync.(*Mutex).Lock
//   RWMutex        … ← semacquire1 ← sync.runtime_SemacquireRWMutex[R] ← sync.(*RWMutex).[R]Lock
//   WaitGroup.Wait … ← semacquire1 ← sync.runtime_Semacquire[WaitGroup] ← sync.(*WaitGroup).Wait
//   Cond.Wait      gopark ← goparkunlock ← sync.runtime_notifyListWait ← sync.(*Cond).Wait
// Not modelled: a
// writer's RWMutex.Lock blocked on the inner Mutex behind another writer (prints the writerSem
// wait), the wait time suffix (`[chan receive, 5 minutes]`); the finalizer goroutine is
// systemGoroutines'.

import { RT_LINES, type RtFrameLine } from './rtlines.ts';
import { cur } from './state.ts';
import type { G } from './sched.ts';
import type { Raiser, TraceFrame } from './panic.ts';

const GOROOT = '/usr/local/go/src/';
const WORD = '0xc000012120';
/** fp/sp/pc of a physical frame at system level (fixed, plausible addresses: real ones differ on every run, and comparisons normalise them). */
export const FRAME_REGS = ' fp=0xc000056f50 sp=0xc000056f28 pc=0x48f1a5';

function lines(): Record<string, RtFrameLine> {
  return (RT_LINES[cur().goMinor] ?? RT_LINES[27]).frames;
}

/** A runtime or library frame as traceback.go prints it. */
function rawFrame(name: string, key: string, system: boolean, inlined = false): TraceFrame | null {
  const l = lines()[key];
  if (l === undefined) return null;
  const args = inlined ? '...' : l.args.replace(/w/g, WORD);
  const raw = `${name}(${args})\n\t${GOROOT}${l.file}:${l.line}${inlined ? '' : ' +0x1d' + (system ? FRAME_REGS : '')}\n`;
  return { fn: { name, endLine: 0, inlined, params: [], pkg: 'runtime' }, line: l.line, args: null, raw };
}

/**
 * A goroutine stopped by an asynchronous preemption in user code (Sched.afterFatal): the signal
 * handler's injected call, asyncPreempt → asyncPreempt2 (go1.27 runtime/preempt.go), shown at
 * system level only.
 */
export function asyncPreemptFrames(system: boolean): TraceFrame[] {
  return frames(system, [['runtime.asyncPreempt2', 'asyncPreempt2'], ['runtime.asyncPreempt', 'asyncPreempt']]);
}

/** Frames in `names` order, leaving out the runtime.* ones below system level (showframe). */
function frames(system: boolean, list: [name: string, key: string, inlined?: boolean][]): TraceFrame[] {
  const out: TraceFrame[] = [];
  for (const [name, key, inl] of list) {
    if (!system && name.startsWith('runtime.')) continue;
    const f = rawFrame(name, key, system, inl === true);
    if (f !== null) out.push(f);
  }
  return out;
}

const park: [string, string, boolean?][] = [['runtime.gopark', 'gopark'], ['runtime.goparkunlock', 'goparkunlock', true]];

/** The sync frames of a semaphore wait, from the API method the user called (innermost first). */
function syncFrames(api: string): [string, string, boolean?][] | null {
  const L = lines();
  const sema = (method: string): [string, string] => {
    const pkg = method.startsWith('internal/sync.') ? 'internal/sync.' : 'sync.';
    const name = pkg + (L[method]?.callee ?? 'runtime_Semacquire');
    return [name, name];
  };
  const head: [string, string, boolean?][] = [...park, ['runtime.semacquire1', 'semacquire1']];
  switch (api) {
    case 'sync.(*WaitGroup).Wait':
      return [...head, sema(api), [api, api]];
    case 'sync.(*Mutex).Lock':
    case 'sync.(*Mutex).lockSlow':
      if (L['internal/sync.(*Mutex).lockSlow'] !== undefined) {
        return [...head, sema('internal/sync.(*Mutex).lockSlow'), ['internal/sync.(*Mutex).lockSlow', 'internal/sync.(*Mutex).lockSlow'],
          ['internal/sync.(*Mutex).Lock', 'internal/sync.(*Mutex).Lock', true], ['sync.(*Mutex).Lock', 'sync.(*Mutex).Lock', true]];
      }
      return [...head, sema('sync.(*Mutex).lockSlow'), ['sync.(*Mutex).lockSlow', 'sync.(*Mutex).lockSlow'], ['sync.(*Mutex).Lock', 'sync.(*Mutex).Lock', true]];
    case 'sync.(*RWMutex).RLock':
      return [...head, sema(api), [api, api, true]];
    case 'sync.(*RWMutex).Lock':
      return [...head, sema(api), [api, api]];
    case 'sync.(*Cond).Wait':
    case 'sync.runtime_notifyListWait':
      return [...park, ['sync.runtime_notifyListWait', 'sync.runtime_notifyListWait'], ['sync.(*Cond).Wait', 'sync.(*Cond).Wait']];
    default:
      return null;
  }
}

/**
 * The frames of a goroutine parked for `reason`, given the engine's frames (innermost first):
 * the engine's library frames up to the API call are replaced by real Go's.
 */
export function parkedFrames(reason: string, own: TraceFrame[], system: boolean, recvFn: 'chanrecv1' | 'chanrecv2' = 'chanrecv1'): TraceFrame[] {
  const nil = reason.endsWith(' (nil chan)') ? '.nil' : '';
  switch (reason.replace(/ \(nil chan\)$/, '')) {
    case 'chan receive':
      return [...frames(system, [['runtime.gopark', 'gopark'], ['runtime.chanrecv', 'chanrecv' + nil], ['runtime.' + recvFn, recvFn]]), ...own];
    case 'chan send':
      return [...frames(system, [['runtime.gopark', 'gopark'], ['runtime.chansend', 'chansend' + nil], ['runtime.chansend1', 'chansend1']]), ...own];
    case 'select':
      return [...frames(system, [['runtime.gopark', 'gopark'], ['runtime.selectgo', 'selectgo']]), ...own];
    case 'select (no cases)':
      return [...frames(system, [['runtime.gopark', 'gopark'], ['runtime.block', 'block']]), ...own];
    case 'sleep':
      return [...frames(system, [['runtime.gopark', 'gopark'], ['time.Sleep', 'time.Sleep']]), ...own];
    default:
      break;
  }
  // A semaphore wait in package sync: find the API method among the library frames on top.
  let lib = 0;
  while (lib < own.length && own[lib].fn.pkg !== 'main') lib++;
  for (let i = lib - 1; i >= 0; i--) {
    const tmpl = syncFrames(own[i].fn.name);
    if (tmpl !== null) return [...frames(system, tmpl), ...own.slice(i + 1)];
  }
  return own;
}

/** sync's fatal errors thrown by Mutex.Unlock: the frames real Go shows above the caller. */
export function syncFatalFrames(own: TraceFrame[], system: boolean): TraceFrame[] {
  let lib = 0;
  while (lib < own.length && own[lib].fn.pkg !== 'main') lib++;
  const at = own.slice(0, lib).findIndex((f) => f.fn.name === 'sync.(*Mutex).Unlock');
  if (at < 0) return own;
  const L = lines();
  const tmpl: [string, string, boolean?][] = L['internal/sync.fatal'] !== undefined
    ? [['runtime.fatal', 'fatal'], ['internal/sync.fatal', 'internal/sync.fatal'], ['internal/sync.(*Mutex).unlockSlow', 'internal/sync.(*Mutex).unlockSlow'],
      ['internal/sync.(*Mutex).Unlock', 'internal/sync.(*Mutex).Unlock', true], ['sync.(*Mutex).Unlock', 'sync.(*Mutex).Unlock', true]]
    : [['runtime.fatal', 'fatal'], ['sync.fatal', 'sync.fatal'], ['sync.(*Mutex).unlockSlow', 'sync.(*Mutex).unlockSlow'], ['sync.(*Mutex).Unlock', 'sync.(*Mutex).Unlock', true]];
  return [...frames(system, tmpl), ...own.slice(at + 1)];
}

/**
 * The runtime functions between `panic(...)` and the frame of an index out of range (system
 * level): goPanicIndex, or from go1.26 panicBounds64 called by the assembly panicBounds.
 */
export function panicIndexFrame(): TraceFrame[] {
  return boundsFrames('goPanicIndex');
}

/** A bounds failure: goPanic<kind> up to go1.25, panicBounds64 ← panicBounds from go1.26 (go1.26 runtime/panic.go). */
function boundsFrames(fn: string): TraceFrame[] {
  if (lines().panicBounds64 !== undefined) return frames(true, [['runtime.panicBounds64', 'panicBounds64'], ['runtime.panicBounds', 'panicBounds']]);
  return frames(true, [['runtime.' + fn, fn]]);
}

/**
 * Which goPanicSlice* function gc calls for a failed slice expression, read from the message
 * (go1.27 runtime/error.go boundsErrorFmt: each boundsErrorCode has its own format): `[:x] with
 * capacity y` SliceAcap, `[:x] with length y` SliceAlen, `[x:y]` SliceB, and the 3-index forms.
 * The unsigned-index variants (goPanicSliceAcapU, …) print the same message and are not told apart.
 */
function sliceBoundsFn(msg: string): string | null {
  const m = /^runtime error: slice bounds out of range \[(.*)\]( with (length|capacity) \d+)?$/.exec(msg);
  if (m === null) {
    return msg.startsWith('runtime error: cannot convert slice with length ') ? 'goPanicSliceConvert' : null;
  }
  const parts = m[1].split(':');
  const cap = m[3] === 'capacity' ? 'cap' : 'len';
  if (parts.length === 3) {
    if (parts[0] === '' && parts[1] === '') return cap === 'cap' ? 'goPanicSlice3Acap' : 'goPanicSlice3Alen';
    if (parts[0] === '') return 'goPanicSlice3B';
    return 'goPanicSlice3C';
  }
  if (parts[0] === '' && m[2] !== undefined) return cap === 'cap' ? 'goPanicSliceAcap' : 'goPanicSliceAlen';
  if (parts[0] === '') return 'goPanicSliceAcap';
  return 'goPanicSliceB';
}

/**
 * The runtime frames between `panic(...)` and the user's frame of an error the runtime raised
 * (system level), innermost first:
 *   index, slice bounds, slice→array  goPanicIndex / goPanicSlice* / goPanicSliceConvert; from
 *                                     go1.26 panicBounds64 ← panicBounds (go1.26 runtime/panic.go)
 *   integer divide by zero            panicdivide
 *   negative shift amount             panicshift
 *   nil dereference (a fault)         panicmem (inlined) ← sigpanic (go1.27 runtime/signal_unix.go)
 *   x.(T), T concrete                 panicdottypeE, or panicdottypeE (inlined) ← panicdottypeI when
 *                                     x's static type has methods (go1.27 runtime/iface.go)
 *   x.(I), I an interface             getitab ← assertE2I / assertI2I up to go1.21, ← typeAssert
 *                                     from go1.22; x nil: assertE2I/assertI2I's own panic up to
 *                                     go1.21, panicnildottype from go1.22
 *   assignment to entry in nil map    the mapassign variant gc chose (compile/mapfast.ts)
 * Other runtime errors (makeslice, makechan, unhashable keys, …) show no runtime frame yet.
 */
export function runtimeErrorFrames(r: Raiser, msg: string): TraceFrame[] {
  switch (r.kind) {
    case 'sigpanic':
      return frames(true, [['runtime.panicmem', 'panicmem', true], ['runtime.sigpanic', 'sigpanic']]);
    case 'mapassign':
      return frames(true, [['runtime.' + r.fn, r.fn + '.nil']]);
    case 'bounds':
      return boundsFrames(r.fn);
    case 'dottype': {
      const L = lines();
      if (!r.iface) {
        if (r.srcEmpty) return frames(true, [['runtime.panicdottypeE', 'panicdottypeE']]);
        return frames(true, [['runtime.panicdottypeE', 'panicdottypeE', true], ['runtime.panicdottypeI', 'panicdottypeI']]);
      }
      const old = r.srcEmpty ? 'assertE2I' : 'assertI2I';
      if (r.nil) return L.typeAssert !== undefined ? frames(true, [['runtime.panicnildottype', 'panicnildottype']]) : frames(true, [['runtime.' + old, old + '.nil']]);
      return frames(true, [['runtime.getitab', 'getitab'], L.typeAssert !== undefined ? ['runtime.typeAssert', 'typeAssert'] : ['runtime.' + old, old]]);
    }
    case 'runtime':
      break;
  }
  if (msg.startsWith('runtime error: index out of range')) return panicIndexFrame();
  if (msg === 'runtime error: integer divide by zero') return frames(true, [['runtime.panicdivide', 'panicdivide']]);
  if (msg === 'runtime error: negative shift amount') return frames(true, [['runtime.panicshift', 'panicshift']]);
  const fn = sliceBoundsFn(msg);
  return fn === null ? [] : boundsFrames(fn);
}

/** `panic(...)`, gopanic's frame at its fatalpanic call (system level). */
export function gopanicFrame(): TraceFrame {
  const l = lines().gopanic;
  const raw = `panic({${WORD}?, ${WORD}?})\n\t${GOROOT}${l.file}:${l.line} +0x159${FRAME_REGS}\n`;
  return { fn: { name: 'panic', endLine: 0, inlined: false, params: [], pkg: 'runtime' }, line: l.line, args: null, raw };
}

/**
 * The wrapper gc generates for `go f(x)`: `main.main.gowrap1` from go1.22, before that a closure
 * numbered after the function's own literals (`main.main.func2`), in which gc does not inline f.
 */
export function wrapperFrame(g: G, system: boolean): TraceFrame | null {
  const w = g.creator?.wrap;
  if (w === undefined) return null;
  const c = g.creator!;
  let name: string;
  if (cur().goMinor >= 22) name = `${c.name}.gowrap${w.go}`;
  else {
    const n = (cur().tables.funcs.get(w.js)?.closures ?? 0) + w.all;
    name = /\.func\d+(\.\d+)*$/.test(c.name) ? `${c.name}.${n}` : `${c.name}.func${n}`;
  }
  const raw = `${name}()\n\t${c.file ?? cur().absPath}:${c.line} +0x1d${system ? FRAME_REGS : ''}\n`;
  return { fn: { name, endLine: 0, inlined: false, params: [], pkg: 'main' }, line: c.line, args: null, raw };
}

/** Up to go1.21 the wrapper calls f without inlining it: f's frame is a real one. */
export function wrappedCalleeCalled(): boolean {
  return cur().goMinor <= 21;
}

/** runtime.main (goroutine 1) and runtime.goexit, the bottom of a stack at system level. */
export function bottomFrames(isMain: boolean, system: boolean): TraceFrame[] {
  if (!system) return [];
  const out = isMain ? frames(true, [['runtime.main', 'main']]) : [];
  const l = lines().goexit;
  const args = cur().goMinor >= 22 ? '{}' : '';
  out.push({
    fn: { name: 'runtime.goexit', endLine: 0, inlined: false, params: [], pkg: 'runtime' }, line: l.line, args: null,
    raw: `runtime.goexit(${args})\n\t${GOROOT}${l.file}:${l.line} +0x1${FRAME_REGS}\n`,
  });
  return out;
}

/** `goroutine N [reason]:`, with `gp= m=` fields at system level from go1.22. */
export function goroutineHeader(id: number, reason: string, running: boolean, system: boolean): string {
  if (!system || cur().goMinor < 22) return `goroutine ${id} [${reason}]:\n`;
  return `goroutine ${id} gp=0xc000007340 m=${running ? '0 mp=0x579280' : 'nil'} [${reason}]:\n`;
}

/**
 * The runtime's own goroutines, printed after goroutine 1 at system level: forcegchelper (2),
 * bgsweep (3), bgscavenge (4) and from go1.25 the GOMAXPROCS updater (17, the first id of the
 * batch main resumed with; see sched.ts startGoids).
 */
export function systemGoroutines(fing = 0): string {
  const minor = cur().goMinor;
  const L = lines();
  const inG1 = minor >= 21 ? ' in goroutine 1' : '';
  const gexit = bottomFrames(false, true)[0].raw!;
  const created = (fn: string, key: string): string => `created by ${fn}${inG1}\n\t${GOROOT}${L[key].file}:${L[key].line} +0x1a\n`;
  const wrap = (n: number): string => (minor >= 22 ? `gowrap${n}` : `func${n}`);
  const body = (list: [string, string, boolean?][]): string => frames(true, list).map((f) => f.raw).join('');
  const initN = (RT_LINES[minor] ?? RT_LINES[27]).initIndex;
  let s = '\n' + goroutineHeader(2, 'force gc (idle)', false, true) + body([...park, ['runtime.forcegchelper', 'forcegchelper']]) + gexit + created(`runtime.init.${initN}`, 'forcegchelper.go');
  s += '\n' + goroutineHeader(3, 'GC sweep wait', false, true) + body([...park, ['runtime.bgsweep', 'bgsweep'], [`runtime.gcenable.${wrap(1)}`, 'gcenable.bgsweep']]) + gexit + created('runtime.gcenable', 'gcenable.bgsweep');
  s += '\n' + goroutineHeader(4, 'GC scavenge wait', false, true) + body([...park, ['runtime.(*scavengerState).park', '(*scavengerState).park'], ['runtime.bgscavenge', 'bgscavenge'], [`runtime.gcenable.${wrap(2)}`, 'gcenable.bgscavenge']]) + gexit + created('runtime.gcenable', 'gcenable.bgscavenge');
  if (L.updateMaxProcsGoroutine !== undefined) {
    s += '\n' + goroutineHeader(17, 'GOMAXPROCS updater (idle)', false, true) + body([...park, ['runtime.updateMaxProcsGoroutine', 'updateMaxProcsGoroutine']]) + gexit + created('runtime.defaultGOMAXPROCSUpdateEnable', 'defaultGOMAXPROCSUpdateEnable');
  }
  if (fing > 0) {
    // go1.27 runtime/mfinal.go runFinalizers (runfinq up to go1.25): parked in gopark until a
    // finalizer is queued; go1.19 parks through goparkunlock.
    const fn = L.runFinalizers !== undefined ? 'runFinalizers' : 'runfinq';
    const parkList: [string, string, boolean?][] = minor <= 19 ? park : [['runtime.gopark', 'gopark']];
    s += '\n' + goroutineHeader(fing, 'finalizer wait', false, true) + body([...parkList, ['runtime.' + fn, fn]]) + gexit + created('runtime.createfing', 'createfing');
  }
  return s;
}

/**
 * The runtime stack of a deadlock at system level: checkdead's fatal on the system stack of the
 * M that found nothing to run (the most frequent path in real runs: park_m → schedule →
 * findRunnable → stopm → mput → checkdead).
 */
export function deadlockRuntimeStack(goexitMsg: boolean): string {
  const list: [string, string][] = [
    ['runtime.fatal', 'fatal'], ['runtime.checkdead', goexitMsg ? 'checkdead.goexit' : 'checkdead'], ['runtime.mput', 'mput'], ['runtime.stopm', 'stopm'],
    ['runtime.findRunnable', 'findRunnable'], ['runtime.schedule', 'schedule'], ['runtime.park_m', 'park_m'], ['runtime.mcall', 'mcall'],
  ];
  return '\nruntime stack:\n' + frames(true, list).map((f) => f.raw).join('');
}

/** The frame of a goroutine that has not run yet: its function at the declaration line. */
export function entryFrame(g: G, system: boolean): TraceFrame[] {
  const w = wrapperFrame(g, system);
  let name: string;
  let line: number;
  if (w !== null) {
    name = w.fn.name;
    line = w.line;
  } else {
    const f = cur().tables.funcs.get(g.entry);
    if (f === undefined) return [];
    name = f.name;
    line = f.declLine ?? 0;
  }
  const file = g.creator?.file ?? cur().absPath;
  return [{ fn: { name, endLine: 0, inlined: false, params: [], pkg: 'main' }, line, args: null, raw: `${name}()\n\t${file}:${line}${system ? FRAME_REGS : ''}\n` }];
}
