// The helpers generated code calls (bound as locals of the program function: see
// compile/codegen.ts rtNames). Bounds checks and messages follow go1.27 runtime/panic.go
// (goPanicIndex, goPanicSliceAlen, ...) and runtime/error.go (boundsError formats).

import { getSched, chansend, chanrecv1, chanrecv2, closechan, chanlen, chancap, makechan, selectgo, dyn, sync, yieldDue, preempted } from './sched.ts';
import * as ints from './ints.ts';
import {
  Iface, Slice, VarRef, FieldRef, ElemRef, ptrEq, zeroPtrEq, equal, ifaceEq, ifaceEqValue, copyVal, assignInto, load, store,
  makeSlice, append1, isAggregate, appendValues, copySlice, nilDeref, fillZero, roundupsize, type RType,
  arrayViewTargets,
} from './values.ts';
import { makeMap, nilMapWrite, type GoMap } from './gomap.ts';
import { newMap as newModelMap } from './maps/index.ts';
import { mapassign, mapdelete, mapclear, mapaccess1, mapaccess2, mapiterinit, mapiternext } from './maps/entry.ts';
import {
  runtimeError, typeAssertionError, gopanic as mkPanic, gorecover, canRecover, unwind, runDefers, runDefersG, LimitExceeded, panicIndex,
  printFloat, type Raiser,
} from './panic.ts';
import { cur } from './state.ts';
import { cat, chargeGoroutine, chargeString, currentHeap, mapHint, newLit, newZero, noteContainer, noteNewString, reserveArray } from './memory.ts';
import { decodeRune, decoded, encodeRune } from '../stdlib/utf8.ts';

type I64 = number | bigint;

function sget(s: Slice | null, i: I64): unknown {
  if (s === null || !(i >= 0 && i < s.len)) panicIndex(i, s === null ? 0 : s.len);
  return s.a[s.off + (i as number)];
}
function sset(s: Slice | null, i: I64, v: unknown): void {
  if (s === null || !(i >= 0 && i < s.len)) panicIndex(i, s === null ? 0 : s.len);
  s.a[s.off + (i as number)] = v;
}
/** Index into the backing array of s for element i (bounds-checked). */
function sref(s: Slice | null, i: I64): number {
  if (s === null || !(i >= 0 && i < s.len)) panicIndex(i, s === null ? 0 : s.len);
  return s.off + (i as number);
}
function aidx(i: I64, n: number): number {
  if (!(i >= 0 && i < n)) panicIndex(i, n);
  return i as number;
}
function strIdx(s: string, i: I64): number {
  if (!(i >= 0 && i < s.length)) panicIndex(i, s.length);
  return s.charCodeAt(i as number);
}
function slen(s: Slice | null): number {
  return s === null ? 0 : s.len;
}
function scap(s: Slice | null): number {
  return s === null ? 0 : s.cap;
}
function mlen(m: GoMap | null): number {
  return m === null ? 0 : m.len();
}
function mget(m: GoMap | null, k: unknown, z: unknown): unknown {
  if (m === null) {
    m0.keyType = null;
    return z;
  }
  const v = m.get(k);
  return v === undefined ? z : v;
}
const m0 = { keyType: null as RType | null };
function mgetZ(m: GoMap | null, k: unknown, t: RType): unknown {
  const v = m === null ? undefined : m.get(k);
  return v === undefined ? t.zero() : v;
}
function mget2(m: GoMap | null, k: unknown, z: unknown): [unknown, boolean] {
  const v = m === null ? undefined : m.get(k);
  if (v === undefined) return [typeof z === 'object' && z !== null && 'zero' in (z as object) ? (z as RType).zero() : z, false];
  return [v, true];
}
/** m[k] = v; alg is the mapassign variant gc calls (compile/mapfast.ts), named in a nil map's traceback. */
function mset(m: GoMap | null, k: unknown, v: unknown, alg = 0): void {
  if (m === null) nilMapWrite(alg);
  m.set(k, v);
}
function mdel(m: GoMap | null, k: unknown): void {
  if (m !== null) m.delete(k);
}
const emptyIter = { next: () => false, key: undefined, val: undefined };
function miter(m: GoMap | null): { next(): boolean; key: unknown; val: unknown } {
  return m === null ? emptyIter : m.iter(cur().rand);
}
function newMap(k: RType, v: RType): GoMap {
  return newModelMap(k, v, 0);
}

/**
 * go1.27 runtime/error.go boundsError.Error for the slice codes: `[..x..] with length|capacity y`,
 * or, when x is negative, boundsNegErrorFmt's form without y.
 */
function sliceBounds(code: 'Alen' | 'Acap' | 'B' | '3Alen' | '3Acap' | '3B' | '3C', x: I64 | number, y: number): never {
  const xs = String(x);
  const neg = Number(x) < 0;
  const fmt: Record<typeof code, string> = {
    Alen: neg ? `[:${xs}]` : `[:${xs}] with length ${y}`,
    Acap: neg ? `[:${xs}]` : `[:${xs}] with capacity ${y}`,
    B: neg ? `[${xs}:]` : `[${xs}:${y}]`,
    '3Alen': neg ? `[::${xs}]` : `[::${xs}] with length ${y}`,
    '3Acap': neg ? `[::${xs}]` : `[::${xs}] with capacity ${y}`,
    '3B': neg ? `[:${xs}:]` : `[:${xs}:${y}]`,
    '3C': neg ? `[${xs}::]` : `[${xs}:${y}:]`,
  };
  const p = runtimeError('slice bounds out of range ' + fmt[code]);
  p.raiser = { kind: 'bounds', fn: 'goPanicSlice' + code };
  throw p;
}

/**
 * The bounds checks gc emits for x[lo:hi:max] (go1.27 cmd/compile/internal/ssagen/ssa.go
 * slice): max ≤ cap, then hi ≤ max, then lo ≤ hi, each an unsigned comparison (a negative bound
 * fails) calling panicSlice3Acap/3B/3C; for x[lo:hi], hi ≤ cap (len for strings and arrays:
 * the A*len forms) then lo ≤ hi (panicSliceB). An omitted hi is len, an omitted lo 0 (not checked).
 */
function sliceChecks(lenName: 'len' | 'cap', bound: number, len: number, lo?: I64, hi?: I64, max?: I64): [number, number, number] {
  const l = lo === undefined ? 0 : Number(lo);
  if (max !== undefined) {
    const m = Number(max);
    const h = hi === undefined ? len : Number(hi);
    if (m < 0 || m > bound) sliceBounds(lenName === 'len' ? '3Alen' : '3Acap', max, bound);
    if (h < 0 || h > m) sliceBounds('3B', hi ?? h, m);
    if (lo !== undefined && (l < 0 || l > h)) sliceBounds('3C', lo, h);
    return [l, h, m];
  }
  const h = hi === undefined ? len : Number(hi);
  if (hi !== undefined && (h < 0 || h > bound)) sliceBounds(lenName === 'len' ? 'Alen' : 'Acap', hi, bound);
  if (lo !== undefined && (l < 0 || l > h)) sliceBounds('B', lo, h);
  return [l, h, bound];
}

/** s[lo:hi:max] on a slice (go1.27 panicSlice* messages). */
function sliceS(s: Slice | null, lo?: I64, hi?: I64, max?: I64): Slice | null {
  const cap = s === null ? 0 : s.cap;
  const len = s === null ? 0 : s.len;
  const [l, h, m] = sliceChecks('cap', cap, len, lo, hi, max);
  if (s === null) return null;
  return new Slice(s.a, s.off + l, h - l, m - l);
}
function sliceArr(a: unknown[], lo?: I64, hi?: I64, max?: I64): Slice {
  const [l, h, m] = sliceChecks('len', a.length, a.length, lo, hi, max);
  return new Slice(a, l, h - l, m - l);
}
function sliceStr(s: string, lo?: I64, hi?: I64): string {
  const [l, h] = sliceChecks('len', s.length, s.length, lo, hi);
  return s.slice(l, h);
}
function appendSlice(elem: RType, s: Slice | null, t: Slice | null): Slice | null {
  if (t === null || t.len === 0) return s === null && t !== null ? sliceEmpty(elem, s) : s;
  const vals = t.a.slice(t.off, t.off + t.len);
  if (elem.kind === 'struct' || elem.kind === 'array') for (let i = 0; i < vals.length; i++) vals[i] = copyVal(elem, vals[i]);
  return appendValues(elem, s, vals, true);
}
function sliceEmpty(_elem: RType, s: Slice | null): Slice | null {
  return s;
}
function appendStr(elem: RType, s: Slice | null, str: string): Slice | null {
  const vals = new Array<number>(str.length);
  for (let i = 0; i < str.length; i++) vals[i] = str.charCodeAt(i);
  return appendValues(elem, s, vals, true);
}
function strToBytes(s: string): Slice {
  const n = s.length;
  // runtime/string.go rawbyteslice: capacity roundupsize(len).
  const cap = n === 0 ? 0 : roundupsize(n, true);
  reserveArray(u8, cap, 'stringtoslicebyte');
  const a = new Array<number>(cap);
  for (let i = 0; i < n; i++) a[i] = s.charCodeAt(i);
  for (let i = n; i < cap; i++) a[i] = 0;
  return new Slice(a, 0, n, cap);
}
/** Element type of the conversions' byte and rune arrays (for the memory account). */
const u8 = { id: -1, size: 1, kind: 'uint8' } as RType;
const i32 = { id: -1, size: 4, kind: 'int32' } as RType;
function bytesToStr(b: Slice | null): string {
  if (b === null) return '';
  chargeString(b.len, 'slicebytetostring');
  if (b.len <= 64) {
    let s = '';
    for (let i = 0; i < b.len; i++) s += String.fromCharCode(b.a[b.off + i] as number);
    return s;
  }
  // Whole chunks: a char-by-char concatenation of a long string builds a rope the host
  // cannot afford.
  const parts: string[] = [];
  for (let i = 0; i < b.len; i += 8192) parts.push(String.fromCharCode.apply(null, b.a.slice(b.off + i, b.off + Math.min(b.len, i + 8192)) as number[]));
  return noteNewString(parts.join(''));
}
function strToRunes(s: string): Slice {
  reserveArray(i32, s.length, 'stringtoslicerune');
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    out.push(decodeRune(s, i));
    i += decoded.size;
  }
  return new Slice(out, 0, out.length, out.length);
}
function runesToStr(r: Slice | null): string {
  if (r === null) return '';
  chargeString(r.len * 4, 'slicerunetostring');
  const parts = new Array<string>(r.len);
  for (let i = 0; i < r.len; i++) parts[i] = runeToStr(r.a[r.off + i] as number);
  return noteNewString(parts.join(''));
}
function runeToStr(r: I64): string {
  const n = typeof r === 'bigint' || r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff) ? 0xfffd : r;
  return encodeRune(n);
}

/** Whether the dynamic type of x has every method of interface type it. */
function implementsType(t: RType, it: RType): boolean {
  let ok = t.implCache.get(it.id);
  if (ok === undefined) {
    ok = it.imethods.every((m, i) => t.methods.has(m) && t.msigs.get(m) === it.isigs[i]);
    t.implCache.set(it.id, ok);
  }
  return ok;
}
function implementsI(x: Iface | null, it: RType): boolean {
  return x !== null && implementsType(x.t, it);
}
/** The raiser of a failed x.(T) (gtrace.ts runtimeErrorFrames); src is x's static type as the message names it. */
function dottype(src: string, iface: boolean, nil: boolean): Raiser {
  return { kind: 'dottype', srcEmpty: src === 'interface {}', iface, nil };
}
function assertE(x: Iface | null, t: RType, src: string, _z: unknown): unknown {
  if (x !== null && x.t === t) return x.v;
  // go1.27 runtime/error.go TypeAssertionError.Error: equal names get a clarification.
  const same = x !== null && x.t.str === t.str ? (x.t.pkgPath !== t.pkgPath ? ' (types from different packages)' : ' (types from different scopes)') : '';
  throw typeAssertionError(`interface conversion: ${src} is ${x === null ? 'nil' : x.t.str}, not ${t.str}${same}`, dottype(src, false, x === null));
}
function assertE2(x: Iface | null, t: RType, _src: string, z: unknown): [unknown, boolean] {
  if (x !== null && x.t === t) return [x.v, true];
  return [typeof z === 'object' && z !== null && 'zero' in (z as object) ? (z as RType).zero() : z, false];
}
function assertI(x: Iface | null, it: RType, src: string): Iface {
  if (x === null) throw typeAssertionError(`interface conversion: interface is nil, not ${it.str}`, dottype(src, true, true));
  if (!implementsType(x.t, it)) {
    const missing = it.imethods.find((m) => !x.t.methods.has(m));
    if (missing === undefined) {
      const wrong = it.imethods.find((m, i) => x.t.msigs.get(m) !== it.isigs[i]);
      throw typeAssertionError(`interface conversion: ${x.t.str} is not ${it.str}: wrong type for method ${wrong}`, dottype(src, true, false));
    }
    throw typeAssertionError(`interface conversion: ${x.t.str} is not ${it.str}: missing method ${missing}`, dottype(src, true, false));
  }
  return x;
}
function assertI2(x: Iface | null, it: RType): [Iface | null, boolean] {
  if (x !== null && implementsType(x.t, it)) return [x, true];
  return [null, false];
}

function gopanic(v: Iface | null, nilError: boolean): never {
  throw mkPanic(v, nilError);
}

/**
 * Called when the step counter passes the current check point: ends the run at the step
 * limit or past the wall-clock deadline, else returns the next check point (every 2^20
 * steps, so the clock is read rarely).
 */
function limit(steps: number, async?: number): number {
  const st = cur();
  // The module's first check point is computed before the scheduler exists: check again at
  // once, so a concurrent program's quanta apply from its first step.
  if (steps === 0) return 0;
  if (steps > st.stepLimit) throw new LimitExceeded('steps');
  if (steps >= st.nextCheck) {
    if (steps > 0 && Date.now() > st.deadline) throw new LimitExceeded('time');
    st.nextCheck = steps + 1048576;
    currentHeap().tick(steps);
  }
  // Virtual time also counts the steps spent in the runtime's map code (maps/entry.ts).
  const now = steps + st.rtSteps;
  if (now >= st.preemptAt) {
    // The quantum is over: an async function (generator) yields to the scheduler at this
    // preemption point; plain code runs on and is asked again shortly.
    // The next check point varies (a hash of the step count, 1..64 steps on), so a loop whose
    // body calls plain functions cannot keep the due check landing in them forever.
    if (async === undefined) return Math.min(st.stepLimit, steps + 1 + (Math.imul(steps, 0x9e3779b1) >>> 26));
    st.preempt = true;
    st.preemptAt = now + st.quantum!();
  }
  // With goroutines, other goroutines' runtime steps move preemptAt while this check point is
  // pending, so come back within a quantum's length at most.
  const cap = st.quantum !== null ? steps + 256 : Infinity;
  return Math.min(st.stepLimit, st.nextCheck, st.preemptAt - st.rtSteps, cap);
}

function nn<T>(p: T | null): T {
  if (p === null) throw nilDeref();
  return p;
}

/** A load at offset `off` through a nil pointer faults there (0 from 4096 on: gc's explicit nil check, go1.27 cmd/compile/internal/ssa/nilcheck.go minZeroPage). */
function nilAt(off: number): never {
  const p = nilDeref();
  p.addr = off >= 4096 ? 0 : off;
  throw p;
}

/** The method of an interface value's dynamic type (nil interface: nil dereference). */
function methodOf(x: Iface | null, name: string): (...a: unknown[]) => unknown {
  if (x === null) {
    // A method call on a nil interface loads the itab's first method word (offset 0x18).
    const p = nilDeref();
    p.addr = 0x18;
    throw p;
  }
  return x.t.methods.get(name)! as (...a: unknown[]) => unknown;
}

function valueMethod(): never {
  throw nilDeref();
}

/** print/println builtins: runtime/print.go formats, to stderr. */
function printArgs(ln: boolean, args: [RType, unknown][]): void {
  let s = '';
  args.forEach(([t, v], i) => {
    if (ln && i > 0) s += ' ';
    s += printOne(t, v);
  });
  if (ln) s += '\n';
  cur().write(2, s);
}
function printOne(t: RType, v: unknown): string {
  switch (t.kind) {
    case 'bool': return v ? 'true' : 'false';
    case 'float32': case 'float64': return printFloat(v as number, t.kind === 'float32' ? 32 : 64);
    case 'string': return v as string;
    case 'interface': return v === null ? '(0x0,0x0)' : '(0xc000012120,0xc000012120)';
    case 'slice': return v === null ? '[0/0]0x0' : `[${(v as Slice).len}/${(v as Slice).cap}]0xc000012120`;
    case 'ptr': case 'map': case 'func': case 'chan': case 'unsafe.Pointer': return v === null ? '0x0' : '0xc000012120';
    default: return String(v);
  }
}

function minOf(k: string, ...xs: unknown[]): unknown {
  let m = xs[0];
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    if (k === 'f64' || k === 'f32') {
      if ((x as number) !== (x as number) || (m as number) !== (m as number)) return NaN;
      if ((x as number) < (m as number) || ((x as number) === 0 && (m as number) === 0 && Object.is(x, -0))) m = x;
    } else if ((x as number) < (m as number)) m = x;
  }
  return m;
}
function maxOf(k: string, ...xs: unknown[]): unknown {
  let m = xs[0];
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    if (k === 'f64' || k === 'f32') {
      if ((x as number) !== (x as number) || (m as number) !== (m as number)) return NaN;
      if ((x as number) > (m as number) || ((x as number) === 0 && (m as number) === 0 && Object.is(m, -0))) m = x;
    } else if ((x as number) > (m as number)) m = x;
  }
  return m;
}
function clearMap(m: GoMap | null): void {
  if (m !== null) m.clear();
}
function clearSlice(elem: RType, s: Slice | null): void {
  if (s !== null) fillZero(s.a, s.off, s.off + s.len, elem);
}

function runtimeErrorRF(): unknown {
  return runtimeError('range function continued iteration after function for loop body returned false');
}

/**
 * The panic of a slice conversion to [n]T or *[n]T with len(s) < n (runtime panicSliceConvert,
 * boundsConvert in runtime/error.go: go1.19 says only "pointer to array", as [n]T(s) came in go1.20).
 */
function checkSliceConvert(s: Slice | null, n: number): void {
  const len = s === null ? 0 : s.len;
  if (len >= n) return;
  const what = cur().goMinor < 20 ? 'pointer to array' : 'array or pointer to array';
  throw runtimeError(`cannot convert slice with length ${len} to ${what} with length ${n}`);
}

/** [N]T(s) (go1.20): a copy of the first N elements (t is [N]T); panics when len(s) < N. */
function sliceToArray(t: RType, s: Slice | null): unknown[] {
  const n = t.len;
  checkSliceConvert(s, n);
  if (s === null) return t.zero() as unknown[];
  const v = s.a.slice(s.off, s.off + n);
  if (isAggregate(t.elem!)) for (let i = 0; i < n; i++) v[i] = copyVal(t.elem!, v[i]);
  return v;
}

/** Array views already made, per backing array, by `${off}:${n}` (so equal pointers are ===). */
const arrayViews = new WeakMap<unknown[], Map<string, unknown[]>>();

/**
 * (*[N]T)(s) (go1.17): a pointer to the first N elements of s's backing array. A pointer to an
 * array is the JS array itself, so when s does not cover its whole backing array from index 0
 * the pointer is a view (a Proxy) whose elements are the backing array's, s.off onwards: writes
 * through either are seen by both, as in Go. A nil slice gives a nil pointer (N is then 0).
 */
function sliceToArrayPtr(s: Slice | null, n: number): unknown[] | null {
  checkSliceConvert(s, n);
  if (s === null) return null;
  const a = s.a, off = s.off;
  if (off === 0 && a.length === n) return a;
  let views = arrayViews.get(a);
  if (views === undefined) arrayViews.set(a, (views = new Map()));
  const key = `${off}:${n}`;
  let v = views.get(key);
  if (v === undefined) {
    const index = (k: string | symbol): number => {
      if (typeof k !== 'string') return -1;
      const i = k.length > 0 && k.length < 16 ? Number(k) : NaN;
      return Number.isInteger(i) && i >= 0 && i < n && String(i) === k ? i : -1;
    };
    v = new Proxy(new Array<unknown>(n), {
      get(t, k, r) {
        const i = index(k);
        return i >= 0 ? a[off + i] : Reflect.get(t, k, r);
      },
      set(t, k, val, r) {
        const i = index(k);
        if (i >= 0) {
          a[off + i] = val;
          return true;
        }
        return Reflect.set(t, k, val, r);
      },
      has(t, k) {
        return index(k) >= 0 || Reflect.has(t, k);
      },
    });
    views.set(key, v);
    arrayViewTargets.set(v, [a, off]);
  }
  return v;
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
const f32 = Math.fround;
function shl32(x: number, y: I64, bits: number, signed: boolean): number {
  const n = ints.shiftCount(y);
  if (n >= bits) return 0;
  return ints.toInt(bits === 32 ? x << n : x << n, bits, signed) as number;
}
function shr32(x: number, y: I64, signed: boolean): number {
  const n = ints.shiftCount(y);
  if (signed) return n >= 32 ? (x < 0 ? -1 : 0) : x >> n;
  return n >= 32 ? 0 : x >>> n;
}
function convStr(x: unknown): string {
  return String(x);
}
function ifaceOf(t: RType, v: unknown): Iface {
  return new Iface(t, v);
}

/** go f(args) in function `creator` at `line` (sched.ts Sched.newproc). */
function newproc(fn: (...a: unknown[]) => unknown, args: unknown[], creator: string, line: number, js?: string, goWrap?: number, allWrap?: number): void {
  const s = getSched();
  if (s === null) throw new Error('go statement without a scheduler');
  chargeGoroutine();
  const wrap = js !== undefined ? { js, go: goWrap!, all: allWrap! } : undefined;
  s.newproc(fn, args, { name: creator, line, goid: s.curG?.id ?? 1, ...(wrap !== undefined ? { wrap } : {}) });
}

export function runtimeHelpers(stepLimit: number): Record<string, unknown> {
  return {
    ...ints,
    stepLimit,
    Iface, Slice, VarRef, FieldRef, ElemRef, ptrEq, zeroPtrEq, equal, ifaceEq, ifaceEqValue, copyVal, assignInto, load, store,
    makeSlice, append1, appendValues, copySlice, makeMap, nilMapWrite,
    sget, sset, sref, aidx, strIdx, slen, scap, mlen, mget, mgetZ, mget2, mset, mdel, miter,
    sliceS, sliceStr, sliceArr, appendSlice, appendStr, strToBytes, bytesToStr, strToRunes, runesToStr, runeToStr,
    decodeRune, decoded, assertE, assertE2, assertI, assertI2, implementsI, gopanic, gorecover,
    canRecover, unwind, runDefers, runDefersG, limit, nilDeref, nn, nilAt, printArgs, minOf, maxOf, clearMap, clearSlice,
    methodOf, valueMethod, newMap, runtimeErrorRF, sliceToArray, sliceToArrayPtr, cmpStr, f32, shl32, shr32, convStr, ifaceOf,
    newproc, chansend, chanrecv1, chanrecv2, closechan, chanlen, chancap, makechan, selectgo, dyn, sync, yieldDue, preempted,
    mapassign, mapdelete, mapclear, mapaccess1, mapaccess2, mapiterinit, mapiternext,
    cat, newZero, newLit, mapHint, noteContainer,
  };
}

export { implementsType };
