// Composite values and run-time type descriptors. See index.ts for the representation.
// Slice growth follows go1.27 runtime/slice.go (growslice, nextslicecap) and the size
// classes of go1.27 runtime/sizeclasses.go (roundupsize).

import { runtimeError, GoPanic } from './panic.ts';
import { MAX_ALLOC, noteArray, noteGrow, reserveArray } from './memory.ts';

// ---------------------------------------------------------------------------
// Run-time types (the engine's _type / reflect.rtype)

export type RKind =
  | 'bool' | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64' | 'string' | 'unsafe.Pointer'
  | 'slice' | 'array' | 'struct' | 'ptr' | 'map' | 'func' | 'interface' | 'chan';

export interface RField {
  name: string;
  /** Property name in the JS object. */
  key: string;
  type: RType;
  embedded: boolean;
  exported: boolean;
  /** Byte offset in the struct on amd64 (the fault address of a nil dereference). */
  offset: number;
}

/** A method in a type's method set: the JS function takes the receiver first. */
export type MethodFn = (recv: unknown, ...args: unknown[]) => unknown;

export interface RType {
  id: number;
  kind: RKind;
  /** As reflect's Type.String() prints it (%T). */
  str: string;
  /** Defined (named) type. */
  named: boolean;
  /** Package path of a named type ('' for predeclared and unnamed types). */
  pkgPath: string;
  elem: RType | null;
  key: RType | null;
  len: number;
  fields: RField[];
  /** Method set: name → function(recv, ...args). Filled when the program is instantiated. */
  methods: Map<string, MethodFn>;
  /** Method signatures (compile/rtypes.ts rtKey of the signature), by name. */
  msigs: Map<string, string>;
  /** Interface types: the method names required, and their signatures (parallel). */
  imethods: string[];
  isigs: string[];
  comparable: boolean;
  /** Size in bytes on amd64 (for growslice's size classes and memory accounting). */
  size: number;
  /** Zero value (fresh for aggregates). */
  zero: () => unknown;
  /** Cache of interface satisfaction, keyed by interface type id. */
  implCache: Map<number, boolean>;
}

export function isAggregate(t: RType): boolean {
  return t.kind === 'struct' || t.kind === 'array';
}

/** An interface value holding a non-nil dynamic type. The nil interface is `null`. */
export class Iface {
  t: RType;
  v: unknown;
  constructor(t: RType, v: unknown) {
    this.t = t;
    this.v = v;
  }
}

// ---------------------------------------------------------------------------
// Slices

export class Slice<T = unknown> {
  /** Backing array (shared between slices of the same array). */
  a: T[];
  off: number;
  len: number;
  cap: number;
  constructor(a: T[], off: number, len: number, cap: number) {
    this.a = a;
    this.off = off;
    this.len = len;
    this.cap = cap;
  }
}

export function makeSlice(t: RType, len: unknown, cap: unknown): Slice {
  const l = Number(len), c = Number(cap);
  const e = t.elem!;
  // go1.27 slice.go makeslice: out of range only past maxAlloc; below it the request is an
  // allocation, which the memory limit may refuse (memory.ts).
  if (!(c * e.size <= MAX_ALLOC) || !(l >= 0) || l > c) {
    if (!(l * e.size <= MAX_ALLOC) || !(l >= 0)) throw runtimeError('makeslice: len out of range');
    throw runtimeError('makeslice: cap out of range');
  }
  // Zero-size elements take no memory in Go at any length; the host cannot hold such arrays.
  if (e.size === 0 && c > 1e9) throw runtimeError(l > 1e9 ? 'makeslice: len out of range' : 'makeslice: cap out of range');
  reserveArray(e, c, 'makeslice');
  const a = new Array(c);
  fillZero(a, 0, c, e);
  noteArray(e, a);
  return new Slice(a, 0, l, c);
}

export function fillZero(a: unknown[], from: number, to: number, elem: RType): void {
  if (isAggregate(elem)) for (let i = from; i < to; i++) a[i] = elem.zero();
  else {
    const z = elem.zero();
    for (let i = from; i < to; i++) a[i] = z;
  }
}

/** Set per run: the followed Go version allocates first appends on the stack (>= 1.25). */
let stackAppendBuffer = true;
export function setStackAppendBuffer(on: boolean): void {
  stackAppendBuffer = on;
}

// go1.27 runtime/sizeclasses.go: class_to_size for the 68 size classes.
const classToSize = [
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448,
  480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096,
  4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
  20480, 21760, 24576, 27264, 28672, 32768,
];
const pageSize = 8192;

/** go1.27 runtime/msize.go roundupsize (noscan or not: mallocHeaderSize ignored for small sizes). */
export function roundupsize(size: number, noscan: boolean): number {
  let reqSize = size;
  if (reqSize <= 32768 - 8) {
    if (!noscan && reqSize > 512) reqSize += 8;
    for (let i = 1; i < classToSize.length; i++) {
      if (classToSize[i] >= reqSize) return classToSize[i] - (reqSize - size);
    }
  }
  // Large object: aligned up to the next page.
  reqSize += pageSize - 1;
  return reqSize - (reqSize % pageSize);
}

/** go1.27 runtime/slice.go nextslicecap. */
function nextslicecap(newLen: number, oldCap: number): number {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (newLen > doublecap) return newLen;
  const threshold = 256;
  if (oldCap < threshold) return doublecap;
  for (;;) {
    newcap += (newcap + 3 * threshold) >> 2;
    if (newcap >= newLen) break;
  }
  return newcap;
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

/** growslice's capacity computation: the new capacity after growing oldCap to hold newLen. */
export function growCap(elem: RType, oldCap: number, newLen: number, spread = false): number {
  const size = elem.size;
  // Since go1.25 the compiler gives a non-escaping slice's first append a 32-byte stack
  // buffer (go1.27 runtime/slice.go growsliceBuf); escape analysis is not modelled, so
  // every slice is treated as non-escaping.
  // Observed with go1.27: appends of a spread slice or string (`append(b, s...)`) do not
  // get the buffer.
  if (stackAppendBuffer && !spread && oldCap === 0 && size > 0 && newLen * size <= 32) return Math.floor(32 / size);
  const newcap = nextslicecap(newLen, oldCap);
  if (size === 0) return newcap;
  const mem = roundupsize(newcap * size, !hasPointers(elem));
  return Math.floor(mem / size);
}

/** append(s, vals...) for a slice of elem type `elem`; vals already copied. */
export function appendValues(elem: RType, s: Slice | null, vals: unknown[], spread = false): Slice | null {
  const n = vals.length;
  if (s === null) {
    if (n === 0) return null;
    const cap = growCap(elem, 0, n, spread);
    reserveArray(elem, cap, 'growslice');
    const a = new Array(cap);
    for (let i = 0; i < n; i++) a[i] = vals[i];
    fillZero(a, n, cap, elem);
    noteArray(elem, a);
    return new Slice(a, 0, n, cap);
  }
  const newLen = s.len + n;
  if (newLen <= s.cap) {
    const a = s.a, base = s.off + s.len;
    for (let i = 0; i < n; i++) a[base + i] = vals[i];
    return new Slice(a, s.off, newLen, s.cap);
  }
  const g = grow(elem, s, newLen, spread);
  const base = s.len;
  for (let i = 0; i < n; i++) g.a[base + i] = vals[i];
  return g;
}

/** append(s, v) with one value (the common case, no array allocation). */
export function append1(elem: RType, s: Slice | null, v: unknown): Slice {
  if (s !== null && s.len < s.cap) {
    s.a[s.off + s.len] = v;
    return new Slice(s.a, s.off, s.len + 1, s.cap);
  }
  return append1New(elem, s, v);
}

/** append1 into a new array (kept apart so append1 stays small enough to inline). */
function append1New(elem: RType, s: Slice | null, v: unknown): Slice {
  if (s === null) {
    const cap = growCap(elem, 0, 1);
    reserveArray(elem, cap, 'growslice');
    const a = new Array(cap);
    a[0] = v;
    fillZero(a, 1, cap, elem);
    noteArray(elem, a);
    return new Slice(a, 0, 1, cap);
  }
  const g = grow(elem, s, s.len + 1);
  g.a[s.len] = v;
  return g;
}

function grow(elem: RType, s: Slice, newLen: number, spread = false): Slice {
  const cap = growCap(elem, s.cap, newLen, spread);
  reserveArray(elem, cap, 'growslice');
  const a = new Array(cap);
  const old = s.a;
  // The new array holds copies: pointers into the old array keep pointing there.
  if (isAggregate(elem)) for (let i = 0; i < s.len; i++) a[i] = copyVal(elem, old[s.off + i]);
  else for (let i = 0; i < s.len; i++) a[i] = old[s.off + i];
  fillZero(a, newLen, cap, elem);
  noteGrow(elem, old, a);
  return new Slice(a, 0, newLen, cap);
}

/** copy(dst, src) for slices (src may be a byte string when dst is []byte). */
export function copySlice(elem: RType | null, dst: Slice | null, src: Slice | string | null): number {
  if (dst === null || src === null) return 0;
  if (typeof src === 'string') {
    const n = Math.min(dst.len, src.length);
    for (let i = 0; i < n; i++) dst.a[dst.off + i] = src.charCodeAt(i);
    return n;
  }
  const n = Math.min(dst.len, src.len);
  if (elem !== null && isAggregate(elem)) {
    // Struct or array elements: copied into the destination's own element storage.
    const tmp = src.a.slice(src.off, src.off + n).map((x) => copyVal(elem, x));
    for (let i = 0; i < n; i++) assignInto(elem, dst.a[dst.off + i], tmp[i]);
    return n;
  }
  if (dst.a === src.a && dst.off > src.off) {
    for (let i = n - 1; i >= 0; i--) dst.a[dst.off + i] = src.a[src.off + i];
  } else {
    for (let i = 0; i < n; i++) dst.a[dst.off + i] = src.a[src.off + i];
  }
  return n;
}

// ---------------------------------------------------------------------------
// Pointers to non-aggregate variables, fields and elements (pointers to structs and
// arrays are the aggregate object itself).

export interface Ref {
  get(): unknown;
  set(v: unknown): void;
}

/** A boxed variable (a local whose address is taken); also the pointer to it. */
export class VarRef implements Ref {
  v: unknown;
  constructor(v: unknown) {
    this.v = v;
  }
  get(): unknown {
    return this.v;
  }
  set(v: unknown): void {
    this.v = v;
  }
}

export class FieldRef implements Ref {
  o: Record<string, unknown>;
  k: string;
  constructor(o: Record<string, unknown>, k: string) {
    this.o = o;
    this.k = k;
  }
  get(): unknown {
    return this.o[this.k];
  }
  set(v: unknown): void {
    this.o[this.k] = v;
  }
}

export class ElemRef implements Ref {
  o: unknown[];
  k: number;
  constructor(o: unknown[], k: number) {
    this.o = o;
    this.k = k;
  }
  get(): unknown {
    return this.o[this.k];
  }
  set(v: unknown): void {
    this.o[this.k] = v;
  }
}

/** Pointer equality for pointers to non-aggregates. */
export function ptrEq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (a instanceof FieldRef && b instanceof FieldRef) return a.o === b.o && a.k === b.k;
  if (a instanceof ElemRef && b instanceof ElemRef) {
    if (a.o === b.o) return a.k === b.k;
    // An element reached through an array view (helpers.ts sliceToArrayPtr) is the backing array's.
    const [ao, ak] = viewed(a.o, a.k);
    const [bo, bk] = viewed(b.o, b.k);
    return ao === bo && ak === bk;
  }
  return false;
}

/**
 * p == q for pointers to a zero-size type ([0]T, struct{}): gc allocates every such object at
 * runtime.zerobase (go1.27 runtime/malloc.go mallocgc), so two non-nil pointers are equal.
 */
export function zeroPtrEq(a: unknown, b: unknown): boolean {
  return a === b || (a !== null && b !== null);
}

/** Array views over part of a backing array: view → [backing array, offset]. */
export const arrayViewTargets = new WeakMap<object, [unknown[], number]>();
function viewed(o: unknown, k: unknown): [unknown, unknown] {
  const t = typeof o === 'object' && o !== null ? arrayViewTargets.get(o) : undefined;
  return t === undefined ? [o, k] : [t[0], (k as number) + t[1]];
}

// ---------------------------------------------------------------------------
// Copying, equality and map keys, driven by RType

/** A copy of a value of type t (aggregates are deep-copied down to their own storage). */
export function copyVal(t: RType, v: unknown): unknown {
  if (t.kind === 'struct') {
    const src = v as Record<string, unknown>;
    const dst = t.zero() as Record<string, unknown>;
    for (const f of t.fields) dst[f.key] = isAggregate(f.type) ? copyVal(f.type, src[f.key]) : src[f.key];
    return dst;
  }
  if (t.kind === 'array') {
    const src = v as unknown[];
    const e = t.elem!;
    if (!isAggregate(e)) return src.slice();
    return src.map((x) => copyVal(e, x));
  }
  return v;
}

/** *dst = src for aggregates (in place, so pointers to dst stay valid). */
export function assignInto(t: RType, dst: unknown, src: unknown): void {
  if (dst === src) return;
  if (t.kind === 'struct') {
    const d = dst as Record<string, unknown>, s = src as Record<string, unknown>;
    for (const f of t.fields) {
      if (isAggregate(f.type)) assignInto(f.type, d[f.key], s[f.key]);
      else d[f.key] = s[f.key];
    }
    return;
  }
  const d = dst as unknown[], s = src as unknown[];
  const e = t.elem!;
  if (isAggregate(e)) for (let i = 0; i < d.length; i++) assignInto(e, d[i], s[i]);
  else for (let i = 0; i < d.length; i++) d[i] = s[i];
}

/** Reads *p for any pointer kind. */
export function load(t: RType, p: unknown): unknown {
  if (p === null) throw nilDeref();
  if (isAggregate(t)) return p;
  return (p as Ref).get();
}

/** *p = v for any pointer kind (v already copied). */
export function store(t: RType, p: unknown, v: unknown): void {
  if (p === null) throw nilDeref();
  if (isAggregate(t)) assignInto(t, p, v);
  else (p as Ref).set(v);
}

export function nilDeref(): GoPanic {
  return runtimeError('invalid memory address or nil pointer dereference', true);
}

/** Go's == on two values of type t (t comparable, or an interface). */
export function equal(t: RType, a: unknown, b: unknown): boolean {
  switch (t.kind) {
    case 'struct': {
      const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
      for (const f of t.fields) {
        if (f.name === '_') continue;
        if (!equal(f.type, x[f.key], y[f.key])) return false;
      }
      return true;
    }
    case 'array': {
      const x = a as unknown[], y = b as unknown[];
      for (let i = 0; i < x.length; i++) if (!equal(t.elem!, x[i], y[i])) return false;
      return true;
    }
    case 'interface':
      return ifaceEq(a as Iface | null, b as Iface | null);
    case 'ptr':
      return isAggregate(t.elem!) ? a === b : ptrEq(a, b);
    case 'slice': case 'map': case 'func':
      throw runtimeError('comparing uncomparable type ' + t.str);
    default:
      return a === b;
  }
}

/** The dynamic type that makes t uncomparable, or null. */
function uncomparablePart(t: RType): boolean {
  return !t.comparable;
}

export function ifaceEq(a: Iface | null, b: Iface | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.t !== b.t) return false;
  if (uncomparablePart(a.t)) throw runtimeError('comparing uncomparable type ' + a.t.str);
  return equal(a.t, a.v, b.v);
}

/** Interface value == concrete value of type t (the x == y mixed form). */
export function ifaceEqValue(a: Iface | null, t: RType, v: unknown): boolean {
  if (a === null || a.t !== t) return false;
  return equal(t, a.v, v);
}

let nanCounter = 0;

/**
 * A JS Map key for a Go map key of type t: primitives stand for themselves (NaN gets a
 * fresh key each time, as NaN != NaN); composite keys get a canonical string.
 */
export function mapKey(t: RType, v: unknown): unknown {
  switch (t.kind) {
    case 'float32': case 'float64':
      return v !== v ? { nan: nanCounter++ } : v === 0 ? 0 : v;
    case 'struct': case 'array': case 'interface':
      return keyString(t, v);
    case 'ptr': case 'chan':
      return isAggregate(t.elem ?? t) || !(v instanceof FieldRef || v instanceof ElemRef) ? v : keyString(t, v);
    case 'slice': case 'map': case 'func':
      throw runtimeError('hash of unhashable type ' + t.str);
    default:
      return v;
  }
}

const objIds = new WeakMap<object, number>();
let nextObjId = 1;
function objId(o: object): number {
  let id = objIds.get(o);
  if (id === undefined) {
    id = nextObjId++;
    objIds.set(o, id);
  }
  return id;
}

function keyString(t: RType, v: unknown): string {
  switch (t.kind) {
    case 'struct': {
      const o = v as Record<string, unknown>;
      let s = '{';
      for (const f of t.fields) if (f.name !== '_') s += keyString(f.type, o[f.key]) + ',';
      return s + '}';
    }
    case 'array': {
      const a = v as unknown[];
      let s = '[';
      for (const x of a) s += keyString(t.elem!, x) + ',';
      return s + ']';
    }
    case 'interface': {
      if (v === null) return 'nil';
      const i = v as Iface;
      if (!i.t.comparable) throw runtimeError('hash of unhashable type ' + i.t.str);
      return 'I' + i.t.id + ':' + keyString(i.t, i.v);
    }
    case 'string':
      return JSON.stringify(v);
    case 'float32': case 'float64':
      return v !== v ? 'NaN' + nanCounter++ : String(v === 0 ? 0 : v);
    case 'ptr': case 'chan': case 'unsafe.Pointer': {
      if (v === null) return 'p0';
      if (v instanceof FieldRef) return 'pf' + objId(v.o) + '.' + v.k;
      if (v instanceof ElemRef) return 'pe' + objId(v.o) + '.' + v.k;
      return 'p' + objId(v as object);
    }
    case 'slice': case 'map': case 'func':
      throw runtimeError('hash of unhashable type ' + t.str);
    default:
      return typeof v === 'bigint' ? v.toString() + 'n' : String(v);
  }
}
