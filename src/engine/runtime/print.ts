// fmt's value printing over the engine's values, following go1.27 src/fmt/print.go
// (printArg, handleMethods, catchPanic, printValue, fmtPointer) and
// src/internal/fmtsort/sort.go (map keys printed in sorted order). The verb/flag
// machinery and the scalar formatting are STDLIB's fmtcore.ts (format.go's fmt and
// print.go's doPrintf/doPrint/doPrintln); this file is the PrintHost it calls back.

import { sync } from './sched.ts';
import { cur } from './state.ts';
import { pp, type PrintHost } from '../stdlib/fmtcore.ts';
import { Iface, Slice, FieldRef, ElemRef, type RType } from './values.ts';
import type { GoMap } from './gomap.ts';
import { fmtMapIter } from './maps/entry.ts';
import { GoPanic, panicValueString, toPanic } from './panic.ts';

const V = 118; // 'v'

const addrIds = new WeakMap<object, number>();
let nextAddr = 1;
/** A stable fake address for an object (Go prints real heap addresses here). */
export function fakeAddress(o: unknown): number {
  if (o === null || o === undefined) return 0;
  let key = o as object;
  if (o instanceof FieldRef || o instanceof ElemRef) key = o.o as object;
  let id = addrIds.get(key);
  if (id === undefined) {
    id = nextAddr++;
    addrIds.set(key, id);
  }
  let a = 0xc000010000 + id * 0x40;
  if (o instanceof ElemRef) a += o.k * 8;
  return a;
}

class Host implements PrintHost<Iface | null> {
  printArg(p: pp<Iface | null>, arg: Iface | null, verb: number): void {
    if (arg === null) {
      if (verb === 84 || verb === V) p.fmt.padString('<nil>');
      else p.badVerb(verb, arg);
      return;
    }
    if (verb === 84) {
      p.fmt.fmtS(arg.t.str);
      return;
    }
    if (verb === 112) {
      fmtPointer(p, arg.t, arg.v, verb);
      return;
    }
    if (handleMethods(p, arg, verb)) return;
    printValue(p, arg.t, arg.v, verb, 0, true);
  }
  typeString(arg: Iface | null): string | undefined {
    return arg === null ? undefined : arg.t.str;
  }
  intArg(arg: Iface | null): number | undefined {
    if (arg === null) return undefined;
    switch (arg.t.kind) {
      case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
      case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr': {
        const v = arg.v as number | bigint;
        return typeof v === 'number' ? v : undefined;
      }
      default:
        return undefined;
    }
  }
  isString(arg: Iface | null): boolean {
    return arg !== null && arg.t.kind === 'string';
  }
}

const host = new Host();
/** print.go p.panicking: a panic while printing a panic value is not caught again. */
let panicking = false;

/** A fresh printer (fmt's ppFree pool is not needed: printers are cheap). */
export function newPrinter(): pp<Iface | null> {
  return new pp(host);
}

function callMethod(p: pp<Iface | null>, arg: Iface, name: string, verb: number, fmtResult: (s: string) => void, method: string): boolean {
  const m = arg.t.methods.get(name)!;
  let s: string;
  try {
    // A goroutine-capable method (a generator) runs to completion here (sched.ts sync).
    s = sync(m(arg.v)) as string;
  } catch (e) {
    catchPanic(p, arg, verb, method, e);
    return true;
  }
  fmtResult(s);
  return true;
}

/** print.go catchPanic: a nil pointer receiver prints <nil>; other panics print %!v(PANIC=...). */
function catchPanic(p: pp<Iface | null>, arg: Iface, verb: number, method: string, e: unknown): void {
  if (arg.t.kind === 'ptr' && arg.v === null) {
    p.fmt.padString('<nil>');
    return;
  }
  const q = toPanic(e);
  if (!(q instanceof GoPanic)) throw q;
  if (panicking) throw q;
  const old = p.fmt.sharpV;
  p.fmt.clearflags();
  p.writeString('%!');
  p.writeRune(verb);
  p.writeString('(PANIC=');
  p.writeString(method + ' method: ');
  panicking = true;
  printArgPanic(p, q.value);
  panicking = false;
  p.writeString(')');
  p.fmt.sharpV = old;
}

function printArgPanic(p: pp<Iface | null>, v: Iface | null): void {
  host.printArg(p, v, V);
}

// fmt.Formatter: the Go side of package fmt (runtime/pkgs.ts fmtSource init) registers a
// function that asserts its operand to Formatter and calls Format with a State, a *fmt.pp
// holding an index into `states`, the printers whose Format calls are in progress.
type FormatHook = (arg: Iface, h: number, verb: number) => unknown;
let formatHook: FormatHook | null = null;
const states: pp<Iface | null>[] = [];

export function setFormatHook(f: FormatHook): void {
  formatHook = f;
  states.length = 0;
}

/** The printer behind fmt.State handle h (undefined once its Format call has returned). */
export function formatState(h: number): pp<Iface | null> | undefined {
  return states[h];
}

/** Signature key (compile/rtypes.ts rtKey) of `func() string`, as Error, String and GoString have. */
const STRING_METHOD = 'func()(string)';

/** Whether t has method name with signature `func() string` (t implements error, Stringer, ...). */
function hasStringMethod(t: RType, name: string): boolean {
  return t.methods.has(name) && t.msigs.get(name) === STRING_METHOD;
}

/** print.go handleMethods: Formatter, then GoStringer for %#v, then error, then Stringer. */
function handleMethods(p: pp<Iface | null>, arg: Iface, verb: number): boolean {
  if (p.erroring) return false;
  const t = arg.t;
  if (verb === 119) {
    // %w: like %v for an error operand in fmt.Errorf (which sets wrapErrs and records the
    // wrapped operand); a bad verb anywhere else (print.go:621).
    if (hasStringMethod(t, 'Error') && p.wrapErrs) verb = V;
    else {
      p.badVerb(verb, arg);
      return true;
    }
  }
  if (formatHook !== null && t.methods.has('Format')) {
    const h = states.length;
    states.push(p);
    try {
      if (sync(formatHook(arg, h, verb)) === true) return true;
    } catch (e) {
      catchPanic(p, arg, verb, 'Format', e);
      return true;
    } finally {
      states.length = h;
    }
  }
  if (p.fmt.sharpV) {
    if (hasStringMethod(t, 'GoString')) return callMethod(p, arg, 'GoString', verb, (s) => p.fmt.fmtS(s), 'GoString');
    return false;
  }
  switch (verb) {
    case V: case 115: case 120: case 88: case 113:
      if (hasStringMethod(t, 'Error')) return callMethod(p, arg, 'Error', verb, (s) => p.fmtString(s, verb), 'Error');
      if (hasStringMethod(t, 'String')) return callMethod(p, arg, 'String', verb, (s) => p.fmtString(s, verb), 'String');
      return false;
    default:
      return false;
  }
}

function isPrintableIntKind(k: string): boolean {
  return k === 'int' || k === 'int8' || k === 'int16' || k === 'int32' || k === 'int64';
}

/** print.go printValue (depth > 0: nested value; canIface: reached only through exported fields). */
/**
 * The fmt function the program called (Print, Println, Printf, Sprint, ...), with its operand
 * count, the args slice's capacity and the format's length (-1 without one): the frames of a
 * map fatal error raised while the call prints a map (maps/traceback.ts).
 */
export interface FmtCall {
  entry: string;
  nargs: number;
  cap: number;
  format: number;
  /** Every directive of the format is % and a lower-case verb: doPrintf's fast path. */
  simple?: boolean;
}
let fmtCall: FmtCall | null = null;
/** Sets the current fmt call; returns the previous one (to restore). */
export function enterFmt(c: FmtCall | null): FmtCall | null {
  const prev = fmtCall;
  fmtCall = c;
  return prev;
}

export function printValue(p: pp<Iface | null>, t: RType, v: unknown, verb: number, depth: number, canIface: boolean): void {
  if (depth > 0 && canIface && (t.methods.size > 0)) {
    if (t.kind !== 'interface' && handleMethods(p, new Iface(t, v), verb)) return;
  }
  const f = p.fmt;
  switch (t.kind) {
    case 'bool':
      if (!p.fmtBool(v as boolean, verb)) p.badVerbType(verb, t.str, () => printValue(p, t, v, V, depth, canIface));
      return;
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
    case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      if (!p.fmtInteger(v as number | bigint, isPrintableIntKind(t.kind), verb)) p.badVerbType(verb, t.str, () => printValue(p, t, v, V, depth, canIface));
      return;
    case 'float32': case 'float64':
      if (!p.fmtFloat(v as number, t.kind === 'float32' ? 32 : 64, verb)) p.badVerbType(verb, t.str, () => printValue(p, t, v, V, depth, canIface));
      return;
    case 'string':
      if (!p.fmtString(v as string, verb)) p.badVerbType(verb, t.str, () => printValue(p, t, v, V, depth, canIface));
      return;
    case 'map': {
      const m = v as GoMap | null;
      if (f.sharpV) {
        f.fmtS(t.str);
        if (m === null) {
          p.writeString('(nil)');
          return;
        }
        p.writeString('{');
      } else p.writeString('map[');
      // internal/fmtsort.Sort iterates the map through reflect's MapIter: the runtime's
      // iteration check (maps/entry.ts fmtMapIter).
      if (m !== null && m.len() > 0) fmtMapIter(m, { ...(fmtCall ?? { entry: '', nargs: 1, cap: 1, format: -1 }), verb, depth });
      const entries = m === null ? [] : sortedEntries(t.key!, m.entries());
      entries.forEach(([k, val], i) => {
        if (i > 0) p.writeString(f.sharpV ? ', ' : ' ');
        printValue(p, t.key!, k, verb, depth + 1, canIface);
        p.writeString(':');
        printValue(p, t.elem!, val, verb, depth + 1, canIface);
      });
      p.writeString(f.sharpV ? '}' : ']');
      return;
    }
    case 'struct': {
      if (f.sharpV) f.fmtS(t.str);
      p.writeString('{');
      const o = v as Record<string, unknown>;
      t.fields.forEach((fd, i) => {
        if (i > 0) p.writeString(f.sharpV ? ', ' : ' ');
        if (f.plusV || f.sharpV) {
          p.writeString(fd.name);
          p.writeString(':');
        }
        printValue(p, fd.type, o[fd.key], verb, depth + 1, canIface && fd.exported);
      });
      p.writeString('}');
      return;
    }
    case 'interface': {
      const x = v as Iface | null;
      if (x === null) {
        if (f.sharpV) {
          f.fmtS(t.str);
          p.writeString('(nil)');
        } else p.fmt.padString('<nil>');
        return;
      }
      if (canIface && handleMethods(p, x, verb)) return;
      printValue(p, x.t, x.v, verb, depth + 1, canIface);
      return;
    }
    case 'array': case 'slice': {
      const elem = t.elem!;
      if ((verb === 115 || verb === 113 || verb === 120 || verb === 88) && elem.kind === 'uint8') {
        const s = t.kind === 'slice' ? (v as Slice | null) : null;
        let bytes: string | null;
        if (t.kind === 'array') bytes = String.fromCharCode(...(v as number[]));
        else bytes = s === null ? '' : String.fromCharCode(...(s.a.slice(s.off, s.off + s.len) as number[]));
        if (p.fmtBytes(bytes, verb, t.str)) return;
      }
      const items: unknown[] = t.kind === 'array' ? (v as unknown[]) : v === null ? [] : (v as Slice).a.slice((v as Slice).off, (v as Slice).off + (v as Slice).len);
      if (f.sharpV) {
        f.fmtS(t.str);
        if (t.kind === 'slice' && v === null) {
          p.writeString('(nil)');
          return;
        }
        p.writeString('{');
        items.forEach((x, i) => {
          if (i > 0) p.writeString(', ');
          printValue(p, elem, x, verb, depth + 1, canIface);
        });
        p.writeString('}');
        return;
      }
      p.writeString('[');
      items.forEach((x, i) => {
        if (i > 0) p.writeString(' ');
        printValue(p, elem, x, verb, depth + 1, canIface);
      });
      p.writeString(']');
      return;
    }
    case 'ptr':
      if (depth === 0 && v !== null) {
        const e = t.elem!;
        if (e.kind === 'array' || e.kind === 'slice' || e.kind === 'struct' || e.kind === 'map') {
          p.writeString('&');
          const ev = e.kind === 'array' || e.kind === 'struct' ? v : (v as { get(): unknown }).get();
          printValue(p, e, ev, verb, depth + 1, canIface);
          return;
        }
      }
      fmtPointer(p, t, v, verb);
      return;
    case 'chan': case 'func': case 'unsafe.Pointer':
      fmtPointer(p, t, v, verb);
      return;
    default:
      p.writeString('?');
  }
}

/** print.go fmtPointer. */
function fmtPointer(p: pp<Iface | null>, t: RType, v: unknown, verb: number): void {
  switch (t.kind) {
    case 'chan': case 'func': case 'map': case 'ptr': case 'slice': case 'unsafe.Pointer':
      break;
    default:
      p.badVerbType(verb, t.str, () => printValue(p, t, v, V, 0, true));
      return;
  }
  const u = v === null ? 0 : t.kind === 'slice' ? fakeAddress((v as Slice).a) : fakeAddress(v);
  const f = p.fmt;
  switch (verb) {
    case V:
      if (f.sharpV) {
        p.writeString('(');
        p.writeString(t.str);
        p.writeString(')(');
        if (u === 0) p.writeString('nil');
        else p.fmt0x64(u, true);
        p.writeString(')');
      } else if (u === 0) f.padString('<nil>');
      else p.fmt0x64(u, !f.sharp);
      return;
    case 112:
      p.fmt0x64(u, !f.sharp);
      return;
    case 98: case 111: case 100: case 120: case 88:
      p.fmtInteger(u, false, verb);
      return;
    default:
      p.badVerbType(verb, t.str, () => printValue(p, t, v, V, 0, true));
  }
}

// ---------------------------------------------------------------------------
// internal/fmtsort

function sortedEntries(kt: RType, entries: [unknown, unknown][]): [unknown, unknown][] {
  return entries.sort((a, b) => compareKeys(kt, a[0], b[0]));
}

function compareKeys(t: RType, a: unknown, b: unknown): number {
  switch (t.kind) {
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
    case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
    case 'string':
      return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
    case 'float32': case 'float64': {
      const x = a as number, y = b as number;
      if (x < y) return -1;
      if (x > y) return 1;
      if (x !== x) return y !== y ? 0 : -1;
      if (y !== y) return 1;
      return 0;
    }
    case 'bool':
      return a === b ? 0 : a ? 1 : -1;
    case 'ptr': case 'chan': case 'unsafe.Pointer': {
      const x = fakeAddress(a), y = fakeAddress(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'struct': {
      for (const f of t.fields) {
        const c = compareKeys(f.type, (a as Record<string, unknown>)[f.key], (b as Record<string, unknown>)[f.key]);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'array': {
      const x = a as unknown[], y = b as unknown[];
      for (let i = 0; i < x.length; i++) {
        const c = compareKeys(t.elem!, x[i], y[i]);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'interface': {
      const x = a as Iface | null, y = b as Iface | null;
      if (x === null || y === null) return x === null ? (y === null ? 0 : -1) : 1;
      if (x.t !== y.t) return compareTypeAddrs(x.t, y.t);
      return compareKeys(x.t, x.v, y.v);
    }
    default:
      return 0;
  }
}

// fmtsort compares the dynamic types of interface keys by the address of their type
// descriptors (sort.go compare, reflect.Interface case: compare(reflect.ValueOf(aType),
// reflect.ValueOf(bType)), a pointer comparison). Those addresses are the linker's layout
// of the type section, which this models:
//   - go1.27 cmd/link/internal/ld/data.go:2445 (dodataSect, case sym.STYPE) puts the
//     "typelink" descriptors first, sorted by type string; typelinks are the unnamed
//     pointer, array, chan, func, map, slice and struct types
//     (go1.27 cmd/compile/internal/reflectdata/reflect.go writeType, `keep`). Releases
//     before 1.27 have no such split.
//   - the other descriptors are sorted by symbol size (sortFn, sortBySize), then by symbol
//     index: the loader numbers the package-defined symbols of each object in load order
//     (the main package's named types, by symbol name), before the dupok ones (unnamed
//     types); the predeclared types are the runtime's, in the order below.
// Checked against real go1.23, 1.24, 1.26 and 1.27 runs (tests/engine fmtsort goldens); the
// relative order of pointer keys is not modelled (their printed values are addresses).

/** The runtime's predeclared type descriptors in address order (measured with go1.23–1.27). */
const predeclaredOrder = ['string', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'int', 'uint',
  'uintptr', 'complex64', 'complex128', 'float32', 'float64', 'bool', 'unsafe.Pointer'];

/** Whether the descriptor of t is a typelink (reflectdata writeType's `keep` for unnamed types). */
function isTypelink(t: RType): boolean {
  if (t.named) return false;
  switch (t.kind) {
    case 'ptr': case 'array': case 'chan': case 'func': case 'map': case 'slice': case 'struct': return true;
    default: return false;
  }
}

/** Size in bytes of t's type-descriptor symbol on amd64 (internal/abi/type.go layouts). */
function descriptorSize(t: RType): number {
  const minor = cur().goMinor;
  let n: number;
  switch (t.kind) {
    case 'ptr': case 'slice': n = 56; break; // Type + Elem
    case 'chan': n = 64; break; // Type + Elem + Dir
    case 'array': n = 72; break; // Type + Elem + Slice + Len
    case 'func': n = 56; break; // Type + InCount + OutCount (parameters not modelled)
    case 'map': n = minor >= 24 ? 112 : 88; break; // SwissMapType / MapType
    case 'interface': n = 80; break; // Type + PkgPath + Methods
    case 'struct': n = 80 + 24 * t.fields.length; break; // Type + PkgPath + Fields, then the fields
    default: n = 48; // Type
  }
  const predeclared = !t.named && predeclaredOrder.includes(t.kind);
  // UncommonType (16 bytes) for named types and types with methods, then one Method (16) each.
  if (t.named || predeclared || t.msigs.size > 0) n += 16 + 16 * t.msigs.size;
  return n;
}

/** The symbol-index tier of a descriptor among those of the same size. */
function symbolTier(t: RType): [number, string | number] {
  if (t.named) return [t.pkgPath === 'main' ? 0 : 1, t.str];
  const i = predeclaredOrder.indexOf(t.kind);
  if (i >= 0 && !isTypelink(t)) return [2, i];
  return [3, t.str];
}

function compareTypeAddrs(a: RType, b: RType): number {
  if (cur().goMinor >= 27) {
    const la = isTypelink(a), lb = isTypelink(b);
    if (la !== lb) return la ? -1 : 1;
    if (la) return a.str < b.str ? -1 : a.str > b.str ? 1 : a.id - b.id;
  }
  const sa = descriptorSize(a), sb = descriptorSize(b);
  if (sa !== sb) return sa - sb;
  const [ta, ka] = symbolTier(a), [tb, kb] = symbolTier(b);
  if (ta !== tb) return ta - tb;
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id - b.id;
}

export { panicValueString };
