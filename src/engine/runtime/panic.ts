// Panics, recover, defer and the traceback printer, following go1.27 runtime/panic.go
// (gopanic, recovery, printpanics, printpanicval in error.go) and runtime/traceback.go
// (traceback1, printArgs, elision of long stacks).
//
// A Go panic is a thrown `GoPanic`. Every generated function that can be on a panicking
// stack wraps its body in try/catch: the catch calls `unwind` (which converts host errors
// such as a null dereference into the Go runtime error and records the frame's argument
// words for the traceback), runs the function's deferred calls (`runDefers`), and either
// returns normally (a deferred call recovered) or rethrows. The JS stack captured where
// the panic started gives the Go frames and lines (the generated source keeps a table
// from its lines to Go lines), so the traceback costs nothing until a panic happens.

import { isGenerator, sync } from './sched.ts';
import type { Iface, RType, MethodFn } from './values.ts';
import { cur, type FuncInfo } from './state.ts';
import { formatFloat } from '../stdlib/ftoa.ts';

// ---------------------------------------------------------------------------
// Thrown objects

/** A panicking goroutine's panic (runtime._panic). */
export class GoPanic {
  /** The panic value (an interface value; null for panic(nil) before 1.21). */
  value: Iface | null;
  /** Holder of the JS stack where the panic started. */
  where: { stack?: string };
  link: GoPanic | null = null;
  recovered = false;
  repanicked = false;
  /** runtime error raised by a SIGSEGV (prints the [signal ...] line). */
  sigsegv = false;
  /** The faulting address of a nil dereference (a field offset). */
  addr = 0;
  /**
   * For an error the runtime raised (not a user's panic(v), even of the same value): which
   * runtime function raised it, for the runtime frames of a system-level traceback
   * (gtrace.ts runtimeErrorFrames). Not inherited by later panics.
   */
  raiser: Raiser | null = null;
  /** Argument words of the frames unwound so far, innermost first. */
  frameArgs: unknown[][] = [];
  /**
   * For a panic raised by a deferred call while another panic was running it: the whole
   * stack of that panic (Go runs deferred calls on top of the panicking stack, so the
   * traceback shows it below a `panic(...)` frame), and how many of this panic's own
   * trailing frames are that stack's frames from the one running the deferred call down.
   */
  below: TraceFrame[] | null = null;
  shared = 0;
  constructor(value: Iface | null, where: { stack?: string }) {
    this.value = value;
    this.where = where;
    linkPanic(this);
  }
}

/**
 * gopanic's link to the panic in progress: a panic raised while deferred calls run for
 * another one is printed after it (printpanics), and its traceback continues with that
 * panic's stack. recover() then panic(r) with the same value is [recovered, repanicked]
 * (go1.25+, runtime/panic.go; go1.24 prints both panics), replacing the recovered panic in the chain.
 */
function linkPanic(q: GoPanic): void {
  if (panicking.length === 0) return;
  const pan = panicking[panicking.length - 1];
  q.link = pan;
  // The `[signal SIGSEGV ...]` line reports the goroutine's last signal (gp.sig, go1.27
  // runtime/panic.go printpanics' caller fatalpanic), which a later panic(r) does not clear.
  if (pan.sigsegv && !q.sigsegv) {
    q.sigsegv = true;
    q.addr = pan.addr;
  }
  if (cur().goMinor >= 25 && pan.recovered && q.value !== null && pan.value !== null && q.value.t === pan.value.t && q.value.v === pan.value.v) {
    q.link = pan.link;
    q.repanicked = true;
  }
  q.below = fullFrames(pan);
  // q's JS stack continues with pan's JS frames from the one running the deferred call.
  q.shared = goFrames(pan).length - Math.max(0, pan.frameArgs.length - 1);
}

/**
 * What raised a runtime error: `runtime` (the function follows from the message: goPanicIndex,
 * goPanicSlice*, panicdivide, panicshift), `sigpanic` (a fault: a nil dereference), `dottype` (a
 * failed x.(T): whether x's static type is the empty interface, T an interface, x nil) or
 * `mapassign` (assignment to an entry of a nil map, through the variant fn gc chose).
 */
export type Raiser =
  | { kind: 'runtime' }
  | { kind: 'sigpanic' }
  | { kind: 'dottype'; srcEmpty: boolean; iface: boolean; nil: boolean }
  | { kind: 'mapassign'; fn: string }
  /** A failed slice expression: the goPanicSlice* function gc called. */
  | { kind: 'bounds'; fn: string };

/** os.Exit(code): ends the program at once; deferred calls do not run. */
export class GoExit {
  code: number;
  constructor(code: number) {
    this.code = code;
  }
}

/** A fatal error (not recoverable): `fatal error: msg`. */
export class GoFatal {
  msg: string;
  where: { stack?: string };
  /** Print every goroutine (deadlock), not only the failing one. */
  dumpAll = false;
  /** Argument words of the frames it unwound through, innermost first (as GoPanic). */
  frameArgs: unknown[][] = [];
  constructor(msg: string, where: { stack?: string }) {
    this.msg = msg;
    this.where = where;
  }
}

/** runtime.Goexit in flight: runs the deferred calls of every frame, then ends the goroutine. */
export class GoGoexit {}

/** A run limit was reached. */
export class LimitExceeded {
  which: 'steps' | 'memory' | 'time';
  /** What the report says instead of the limit's value (a program that would wait forever). */
  detail: string | undefined;
  constructor(which: 'steps' | 'memory' | 'time', detail?: string) {
    this.which = which;
    this.detail = detail;
  }
}

// ---------------------------------------------------------------------------
// Runtime error values (runtime.Error implementations)

let rtId = -1;
function errType(str: string, ptr: boolean): RType {
  const methods = new Map<string, MethodFn>([
    ['Error', (v) => v as string],
    ['RuntimeError', () => undefined],
  ]);
  return {
    id: rtId--, kind: ptr ? 'ptr' : 'string', str, named: !ptr, pkgPath: 'runtime', elem: null, key: null, len: 0,
    fields: [], methods, msigs: new Map([['Error', 'func()(string)'], ['RuntimeError', 'func()()']]), imethods: [], isigs: [], comparable: true, size: ptr ? 8 : 16, zero: () => '', implCache: new Map(),
  };
}
/** runtime.boundsError and friends print through Error(); %T shows these names. */
export const boundsErrorType = errType('runtime.boundsError', false);
export const errorStringType = errType('runtime.errorString', false);
export const plainErrorType = errType('runtime.plainError', false);
export const typeAssertionErrorType = errType('*runtime.TypeAssertionError', true);
export const unhashableTypeErrorType = errType('maps.unhashableTypeError', false);

function newIface(t: RType, v: unknown): Iface {
  return { t, v } as Iface;
}

/**
 * A runtime error panic. `msg` is printed after `runtime error: ` unless `plain`
 * (assignment to entry in nil map is a plainError without the prefix).
 */
export function runtimeError(msg: string, sigsegv = false, plain = false): GoPanic {
  const t = plain ? plainErrorType : msg.startsWith('index out of range') || msg.startsWith('slice bounds') ? boundsErrorType : errorStringType;
  const p = new GoPanic(newIface(t, plain ? msg : 'runtime error: ' + msg), new Error());
  p.sigsegv = sigsegv;
  p.raiser = sigsegv ? { kind: 'sigpanic' } : { kind: 'runtime' };
  return p;
}

/** A failed x.(T) (go1.27 runtime/iface.go TypeAssertionError), raised as `raiser` says. */
export function typeAssertionError(msg: string, raiser: Raiser | null = null): GoPanic {
  const p = new GoPanic(newIface(typeAssertionErrorType, msg), new Error());
  p.raiser = raiser;
  return p;
}

export function panicIndex(i: unknown, len: number): never {
  // go1.27 runtime/error.go boundsErrorFmt: a negative index prints without the length.
  if ((i as number) < 0) throw runtimeError(`index out of range [${i}]`);
  throw runtimeError(`index out of range [${i}] with length ${len}`);
}

/** The user's panic(v) (gopanic). Go 1.21+ turns panic(nil) into a *runtime.PanicNilError. */
export function gopanic(v: Iface | null, nilError: boolean): GoPanic {
  if (v === null && nilError) v = newIface(panicNilErrorType, (cur().goMinor >= 27 ? 'runtime error: ' : '') + 'panic called with nil argument');
  return new GoPanic(v, new Error());
}
export const panicNilErrorType = errType('*runtime.PanicNilError', true);

// ---------------------------------------------------------------------------
// Unwinding, defer, recover

/** Panics being processed by deferred calls (innermost last). */
let panicking: GoPanic[] = [];
/**
 * Each goroutine has its own panics in progress (runtime.g._panic): the scheduler switches to
 * the goroutine's stack before resuming it, since a deferred call may block mid-way.
 */
export function setPanicking(stack: GoPanic[]): void {
  panicking = stack;
}
/** The function object whose direct invocation by runDefers may recover. */
let armed: unknown = null;

export function resetPanicState(): void {
  panicking = [];
  armed = null;
}

/** Converts anything thrown into what the runtime propagates. */
export function toPanic(e: unknown): GoPanic | GoExit | GoFatal | LimitExceeded | GoGoexit {
  if (e instanceof GoPanic || e instanceof GoExit || e instanceof GoFatal || e instanceof LimitExceeded || e instanceof GoGoexit) return e;
  if (e instanceof RangeError && e.message.includes('call stack')) return new GoFatal('stack overflow', e);
  if (e instanceof TypeError && /null|undefined|is not a function/.test(e.message)) {
    // Host errors that are not Go nil dereferences are engine bugs: show them when debugging.
    if ((globalThis as { GOMAPLAB_DEBUG?: boolean }).GOMAPLAB_DEBUG === true) console.error(e);
    const p = new GoPanic(newIface(errorStringType, 'runtime error: invalid memory address or nil pointer dereference'), e);
    p.sigsegv = true;
    p.raiser = { kind: 'sigpanic' };
    // Reading field f of a nil struct pointer faults at the field's offset.
    const m = /\(reading '([^']+)'\)/.exec(e.message);
    if (m !== null) p.addr = fieldOffset(m[1]);
    return p;
  }
  if (e instanceof Error && e.name === 'GoPanicError') return new GoPanic(newIface(errorStringType, e.message), e);
  throw e;
}

/** Offsets of struct fields by property name (the first struct type declaring it). */
let fieldOffsets: Map<string, number> = new Map();
export function setFieldOffsets(types: readonly RType[]): void {
  fieldOffsets = new Map();
  const order = [...types].sort((a, b) => (a.pkgPath === 'main' ? 0 : 1) - (b.pkgPath === 'main' ? 0 : 1));
  for (const t of order) if (t.kind === 'struct') for (const f of t.fields) if (!fieldOffsets.has(f.key)) fieldOffsets.set(f.key, f.offset);
}
function fieldOffset(key: string): number {
  const off = fieldOffsets.get(key) ?? 0;
  // A load at an offset past the first page gets an explicit nil check, which faults at the
  // pointer itself (go1.27 cmd/compile/internal/ssa/nilcheck.go minZeroPage).
  return off >= 4096 ? 0 : off;
}

/** Called in every generated function's catch: records the frame's argument words. */
export function unwind(e: unknown, args: unknown[]): unknown {
  const p = toPanic(e);
  if (p instanceof GoPanic || p instanceof GoFatal) p.frameArgs.push(args);
  return p;
}

export type Deferred = [fn: (...a: unknown[]) => unknown, args: unknown[]];

/**
 * Runs a frame's deferred calls, last first, with `p` the panic in progress (or null on a
 * normal return). Returns the panic still in progress afterwards (null when recovered).
 * `frame` is the frame's argument words (a panic raised by a deferred call unwinds it too).
 * In a goroutine-capable (generator) function the generated code runs this as
 * `yield* runDefersG(...)`, so a deferred call may block on the scheduler; elsewhere
 * runDefers drives it and refuses to block.
 */
export function* runDefersG(defers: Deferred[], p: unknown, frame: unknown[] = []): Generator<number, unknown, unknown> {
  let pan = p instanceof GoPanic ? p : null;
  // runtime.Goexit runs the deferred calls (recover returns nil) and goes on unwinding.
  const goexit = p instanceof GoGoexit ? p : null;
  if (p !== null && pan === null && goexit === null) return p; // os.Exit, fatal errors, limits: no defers
  while (defers.length > 0) {
    const [fn, args] = defers.pop()!;
    const depth = deferStart(pan, fn);
    try {
      const r = fn(...args);
      // A goroutine-capable deferred function (a generator) runs here, on this goroutine.
      if (isGenerator(r)) yield* r as Generator<number, unknown, unknown>;
    } catch (e) {
      pan = deferThrew(e, pan, depth, frame);
      continue;
    }
    pan = deferReturned(pan, depth);
  }
  return pan ?? goexit;
}

/** runDefersG for plain (non-generator) code: deferred calls run to completion, never blocking. */
export function runDefers(defers: Deferred[], p: unknown, frame: unknown[] = []): unknown {
  let pan = p instanceof GoPanic ? p : null;
  const goexit = p instanceof GoGoexit ? p : null;
  if (p !== null && pan === null && goexit === null) return p;
  while (defers.length > 0) {
    const [fn, args] = defers.pop()!;
    const depth = deferStart(pan, fn);
    try {
      const r = fn(...args);
      if (isGenerator(r)) {
        const gen = r as Generator<number, unknown, unknown>;
        for (let x = gen.next(); x.done !== true; x = gen.next()) {
          if (x.value === 1) throw new Error('not supported by Go Map Lab: blocking inside a deferred call of a function that cannot block');
        }
      }
    } catch (e) {
      pan = deferThrew(e, pan, depth, frame);
      continue;
    }
    pan = deferReturned(pan, depth);
  }
  return pan ?? goexit;
}

/** Before a deferred call: the panic it runs for is in progress; `fn` may recover. */
function deferStart(pan: GoPanic | null, fn: unknown): number {
  if (pan !== null) panicking.push(pan);
  armed = fn;
  return panicking.length;
}

/** A deferred call panicked: the panic that goes on (anything else propagates as is). */
function deferThrew(e: unknown, pan: GoPanic | null, depth: number, frame: unknown[]): GoPanic {
  const q = toPanic(e);
  if (pan !== null) panicking.length = depth - 1;
  if (!(q instanceof GoPanic)) throw q;
  // A new panic leaves this frame too, past its catch (which recorded the words for the panic
  // it caught, if any): record them for the new one.
  if (q !== pan) q.frameArgs.push(frame);
  armed = null;
  return q;
}

/** A deferred call returned: the panic still in progress (null once recovered). */
function deferReturned(pan: GoPanic | null, depth: number): GoPanic | null {
  armed = null;
  if (pan === null) return null;
  panicking.length = depth - 1;
  return pan.recovered ? null : pan;
}

/** All frames of a panic's goroutine stack, innermost first (see GoPanic.below). */
export function fullFrames(p: GoPanic): TraceFrame[] {
  const own = goFrames(p);
  if (p.below === null) return own;
  return [...own.slice(0, Math.max(0, own.length - p.shared)), panicFrame(), ...p.below];
}

export function panicFrame(): TraceFrame {
  const name = 'panic({0x467a40?, 0xc000012120?})';
  return { fn: { name, endLine: 0, inlined: false, params: [], pkg: 'runtime' }, line: 0, args: null, raw: name + '\n' + panicFrameRaw() };
}

/** Prologue of a function containing recover(): may it recover? */
export function canRecover(self: unknown): boolean {
  const ok = armed === self;
  armed = null;
  return ok;
}

/** recover() in a function allowed to recover. */
export function gorecover(allowed: boolean): Iface | null {
  if (!allowed || panicking.length === 0) return null;
  const p = panicking[panicking.length - 1];
  if (p.recovered) return null;
  p.recovered = true;
  return p.value;
}

// ---------------------------------------------------------------------------
// Printing (printpanics, printpanicval, traceback)

export interface TraceFrame {
  fn: FuncInfo;
  line: number;
  args: unknown[] | null;
  /** A synthetic runtime frame line pair (e.g. `panic({...})`). */
  raw?: string;
  /** Called by the runtime (a deferred call): never an inlined frame. */
  called?: boolean;
}

const frameRe = /at (?:.*?\$f(\d+)[^ ]*|[^ ]*) \(?gomaplab-prog\.js:(\d+):\d+\)?|at .*?\$f(\d+) /;

/** Go frames of the JS stack where p started, innermost first. */
export function goFrames(p: { where: { stack?: string }; frameArgs?: unknown[][] }): TraceFrame[] {
  const st = cur().tables;
  const out: TraceFrame[] = [];
  const stack = p.where.stack ?? '';
  for (const line of stack.split('\n')) {
    if (line.includes('at runDefers ') && out.length > 0) out[out.length - 1].called = true;
    if (!line.includes('gomaplab-prog.js')) continue;
    const m = /\$f(\d+)/.exec(line.slice(0, line.indexOf('gomaplab-prog.js')));
    const lm = /gomaplab-prog\.js:(\d+):\d+/.exec(line);
    if (m === null || lm === null) continue;
    const fn = st.funcs.get('$f' + m[1]);
    if (fn === undefined) continue;
    const jsLine = Number(lm[1]) - 2;
    const goLine = jsLine >= 0 && jsLine < st.lines.length ? st.lines[jsLine] : 0;
    out.push({ fn, line: goLine, args: null });
  }
  void frameRe;
  const fa = p.frameArgs ?? [];
  for (let i = 0; i < out.length && i < fa.length; i++) out[i].args = fa[i];
  return out;
}

/** runtime/print.go printfloat: `+1.500000e+000` before go1.26, strconv's %g after. */
export function printFloat(v: number, bits = 64): string {
  if (cur().goMinor >= 26) return formatFloat(v, 103, -1, bits);
  return printFloatOld(v);
}

function printFloatOld(v: number): string {
  if (v !== v) return 'NaN';
  if (v + v === v && v !== 0) return v < 0 ? '-Inf' : '+Inf';
  const n = 7;
  const buf = new Array<string>(n + 7).fill('0');
  buf[0] = '+';
  let e = 0;
  if (v === 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    let h = 5.0;
    for (let i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (let i = 0; i < n; i++) {
    const s = Math.floor(v);
    buf[i + 2] = String.fromCharCode(s + 48);
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = String.fromCharCode(Math.floor(e / 100) + 48);
  buf[n + 5] = String.fromCharCode((Math.floor(e / 10) % 10) + 48);
  buf[n + 6] = String.fromCharCode((e % 10) + 48);
  return buf.join('');
}

function printindented(s: string): string {
  return s.replace(/\n/g, '\n\t');
}

/** preprintpanics + printpanicval: the text after `panic: `. */
export function panicValueString(v: Iface | null): string {
  if (v === null) return 'nil';
  const t = v.t;
  const err = t.methods.get('Error');
  if (err !== undefined && isErrorMethodSet(t)) return printindented(String(sync(err(v.v))));
  const str = t.methods.get('String');
  if (str !== undefined) return printindented(String(sync(str(v.v))));
  const scalar = scalarString(t, v.v);
  if (scalar === null) return '(' + t.str + ') 0xc000012120';
  if (!t.named) return t.kind === 'string' ? printindented(scalar) : scalar;
  if (t.kind === 'string') return t.str + '("' + printindented(scalar) + '")';
  return t.str + '(' + scalar + ')';
}

function isErrorMethodSet(t: RType): boolean {
  return t.methods.has('Error');
}

function scalarString(t: RType, v: unknown): string | null {
  switch (t.kind) {
    case 'bool': return v ? 'true' : 'false';
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
    case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      return String(v);
    case 'float32': case 'float64':
      return printFloat(v as number, t.kind === 'float32' ? 32 : 64);
    case 'string':
      return v as string;
    default:
      return null;
  }
}

/** printpanics: the `panic: ...` lines of a chain, oldest first. */
export function printpanics(p: GoPanic): string {
  let s = '';
  if (p.link !== null) s += printpanics(p.link) + '\t';
  s += 'panic: ' + panicValueString(p.value);
  if (p.repanicked) s += ' [recovered, repanicked]';
  else if (p.recovered) s += ' [recovered]';
  return s + '\n';
}

const maxArgWords = 10;

/** The argument words of a frame as traceback.go printArgs prints them. */
export function argWords(fn: FuncInfo, args: unknown[] | null, line = 0): string {
  if (fn.inlined) return '...';
  // go1.27 runtime/traceback.go printArgs: a word whose spill slot is not live at the frame's
  // PC (compile/argliveness.ts) is printed with a `?` mark.
  const mark = (w: string, i: number): string => {
    const l = fn.argLive?.[i];
    return l === 0 || (l !== undefined && l !== 1 && (line < l[0] || line > l[1])) ? w + '?' : w;
  };
  // A physical frame always prints its words; without recorded values (a parked goroutine's
  // stack) its parameters' zero values are printed: real Go prints whatever the argument slots
  // hold, often stale, and comparisons normalise hexadecimal words.
  if (args === null) args = fn.params.map((t) => t.zero());
  const parts: string[] = [];
  let words = 0;
  let cut = false;
  const put = (w: string): boolean => {
    if (words >= maxArgWords) {
      cut = true;
      return false;
    }
    words++;
    parts.push(w);
    return true;
  };
  const emit = (t: RType, v: unknown): string => {
    switch (t.kind) {
      case 'string': {
        const s = v as string;
        const a: string[] = [];
        for (const w of [s.length === 0 ? '0x0' : fakeAddr(), hex(s.length)]) if (words < maxArgWords) { a.push(mark(w, words)); words++; } else cut = true;
        return '{' + a.join(', ') + (cut ? ', ...' : '') + '}';
      }
      case 'slice': {
        const sl = v as { len: number; cap: number } | null;
        const ws = sl === null ? ['0x0', '0x0', '0x0'] : [fakeAddr(), hex(sl.len), hex(sl.cap)];
        const a: string[] = [];
        for (const w of ws) if (words < maxArgWords) { a.push(mark(w, words)); words++; } else cut = true;
        return '{' + a.join(', ') + '}';
      }
      case 'interface': {
        const a: string[] = [];
        const ws = v === null ? ['0x0', '0x0'] : [fakeAddr(), fakeAddr()];
        for (const w of ws) if (words < maxArgWords) { a.push(mark(w, words)); words++; } else cut = true;
        return '{' + a.join(', ') + '}';
      }
      case 'struct': case 'array': {
        const a: string[] = [];
        if (t.kind === 'struct') for (const f of t.fields) a.push(emit(f.type, (v as Record<string, unknown>)[f.key]));
        else for (const x of v as unknown[]) a.push(emit(t.elem!, x));
        return '{' + a.join(', ') + '}';
      }
      default: {
        const w = scalarWord(t, v);
        if (words < maxArgWords) {
          return mark(w, words++);
        }
        cut = true;
        return '...';
      }
    }
  };
  for (let i = 0; i < fn.params.length; i++) {
    if (words >= maxArgWords) {
      cut = true;
      break;
    }
    const w = emit(fn.params[i], args[i]);
    if (!put0(parts, w)) break;
  }
  void put;
  return parts.join(', ') + (cut && !parts[parts.length - 1]?.endsWith('...') ? ', ...' : '');
}

function put0(parts: string[], w: string): boolean {
  parts.push(w);
  return true;
}

function hex(n: number | bigint): string {
  return '0x' + n.toString(16);
}

function fakeAddr(): string {
  return '0xc000012120';
}

function scalarWord(t: RType, v: unknown): string {
  switch (t.kind) {
    case 'bool': return v ? '0x1' : '0x0';
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64': {
      const bits = t.kind === 'int' || t.kind === 'int64' ? 64n : BigInt(t.size * 8);
      const n = BigInt(v as number | bigint);
      return hex(n < 0n ? BigInt.asUintN(Number(bits), n) : n);
    }
    case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      return hex(v as number | bigint);
    case 'float64': {
      const b = new DataView(new ArrayBuffer(8));
      b.setFloat64(0, v as number);
      return hex(b.getBigUint64(0));
    }
    case 'float32': {
      const b = new DataView(new ArrayBuffer(4));
      b.setFloat32(0, v as number);
      return hex(b.getUint32(0));
    }
    default:
      return v === null ? '0x0' : fakeAddr();
  }
}

/**
 * Which frames gc inlined into their callers. FuncInfo.inlined says whether a function is
 * inlinable at all (compile/inlcost.ts); whether a call was inlined also depends on the
 * call site (go1.27 inline/inl.go canInlineCallExpr): a function already inlined on the way
 * from the enclosing real frame is not inlined again ("repeated recursive cycle"), and up to
 * go1.23 a function is not inlined into itself ("recursive call"; go1.24 inlines one level of
 * a self-recursive function into its own body). Frames are innermost first; a runtime frame
 * or a call made by the runtime (a deferred call) starts a new real frame.
 */
export function inlinedFrames(frames: readonly TraceFrame[]): boolean[] {
  const out = new Array<boolean>(frames.length).fill(false);
  // Frames inlined because gc knew their callee statically (staticallyKnown).
  const devirt = new Array<boolean>(frames.length).fill(false);
  const minor = cur().goMinor;
  let physical: FuncInfo | null = null;
  let chain: FuncInfo[] = [];
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    if (f.raw !== undefined) {
      // A runtime frame starts a new real frame; so does a go statement's wrapper (gtrace.ts
      // wrapperFrame, a main.* function), which can inline its callee.
      physical = f.fn.pkg === 'main' ? f.fn : null;
      chain = [];
      continue;
    }
    // The outermost frame of a goroutine is the go statement's callee: the runtime calls it
    // (marked `called`), or from go1.22 its wrapper does, shown only at level system, which
    // inlines it when it can.
    const wrappedEntry = i === frames.length - 1 && physical === null && f.fn.pkg === 'main' && !f.fn.name.endsWith('main.main') && minor >= 22;
    let inl = f.fn.inlined && f.called !== true && (physical !== null || wrappedEntry);
    if (!inl && f.called !== true && physical !== null && f.fn.inlinable === true && f.fn.pkg === 'main' &&
      staticallyKnown(f.fn, physical, i + 1 < frames.length && out[i + 1] === true ? frames[i + 1]!.fn : null, devirt[i + 1] === true)) {
      inl = true;
      devirt[i] = true;
    }
    if (inl && chain.some((c) => c.name === f.fn.name)) inl = false;
    if (inl && minor <= 23 && physical !== null && physical.name === f.fn.name) inl = false;
    out[i] = inl;
    if (inl) chain.push(f.fn);
    else {
      physical = f.fn;
      chain = [];
    }
  }
  return out;
}

/**
 * Whether gc knows the callee of a frame statically once its callers are inlined into the
 * real frame `physical` (go1.27 ir.StaticValue and devirtualize.StaticCall): a function
 * literal made in `physical` and called there, directly or through a parameter of an inlined
 * function (`inlining call to main.func2`), with go1.24's budget of 800 for a closure called
 * once where it is made; a method reached through an interface from an inlined function
 * (`caller`) that calls its parameter (or a field of it, or a value ranged from it), when
 * `physical` converts a value of the method's type to an interface (the interface call is
 * devirtualised, then inlined).
 */
function staticallyKnown(fn: FuncInfo, physical: FuncInfo, caller: FuncInfo | null, callerDevirt: boolean): boolean {
  const lit = /^(.*)\.func\d+$|^(.*\.func\d+(?:\.\d+)*)\.\d+$/.exec(fn.name);
  if (lit !== null) return (lit[1] ?? lit[2]) === physical.name && (caller === null ? fn.litUse === 'direct' : caller.callsParam === true && fn.litUse === 'arg');
  const m = /^main\.(?:\(\*)?([A-Za-z_][A-Za-z0-9_]*)\)?\.[A-Za-z_][A-Za-z0-9_]*$/.exec(fn.name);
  // A caller itself reached through an interface got its receiver from a type assertion,
  // which gc does not follow to the value's origin.
  return m !== null && caller !== null && !callerDevirt && caller.callsParam === true && (physical.ifaceArgs ?? []).includes(m[1]!);
}

/** `goroutine 1 [running]:` and the frames, as traceback1 prints them at level single. */
export function printFrames(frames: TraceFrame[], absPath: string, system = false): string {
  let s = '';
  const inlined = inlinedFrames(frames);
  const regs = system ? ' fp=0xc000056f50 sp=0xc000056f28 pc=0x48f1a5' : '';
  const print = (f: TraceFrame): void => {
    if (f.raw !== undefined) {
      s += f.raw;
      return;
    }
    // Frames of our Go-source standard library are printed under GOROOT (their lines are
    // those of our sources, not Go's).
    const file = f.fn.pkg === 'main' ? absPath : `/usr/local/go/src/${f.fn.pkg}/${f.fn.pkg.slice(f.fn.pkg.lastIndexOf('/') + 1)}.go`;
    const fn = f.fn.inlined !== inlined[frames.indexOf(f)] ? { ...f.fn, inlined: inlined[frames.indexOf(f)]! } : f.fn;
    s += `${fn.name}(${argWords(fn, f.args, f.line)})\n\t${file}:${f.line}${fn.inlined ? '' : ' +0x1d' + regs}\n`;
  };
  // go1.27 runtime/traceback.go: at most 50 innermost and 50 outermost frames.
  if (frames.length > 100) {
    for (const f of frames.slice(0, 50)) print(f);
    s += `...${frames.length - 100} frames elided...\n`;
    for (const f of frames.slice(frames.length - 50)) print(f);
  } else for (const f of frames) print(f);
  return s;
}

/** Line of gopanic's call of a deferred function, per version (the `panic(...)` frame). */
const gopanicDeferLine: Record<number, number> = { 19: 890, 21: 920, 22: 770, 23: 785, 24: 792, 25: 783, 26: 860, 27: 859 };
export function panicFrameRaw(): string {
  return `\t/usr/local/go/src/runtime/panic.go:${gopanicDeferLine[cur().goMinor] ?? 859} +0x125\n`;
}
