// The code generator: checked Go packages → the source of one JavaScript function.
// See index.ts for the algorithm, the naming scheme and the invariants it relies on.

import { argLiveness, type ArgLive } from './argliveness.ts';
import { closureVars, type ClosureVar } from './closurevars.ts';
import { inlCost, type InlCost } from './inlcost.ts';
import { analyseAsync, staticCallee, ASYNC_NATIVES, MAP_NATIVES, type AsyncInfo } from './async.ts';
import * as ast from '../frontend/ast.ts';
import { filePosition } from '../frontend/ast.ts';
import { inspect } from '../frontend/walk.ts';
import type {
  Type, Info, Obj, Var, Func, Signature, Struct, Named, Selection, Package, TypeAndValue, Basic,
} from '../types/types.ts';
import { underlying, unalias, isInterface } from '../types/types.ts';
import { lookupFieldOrMethod, typeSet, subst, type SubstMap } from '../types/lookup.ts';
import type { ConstValue } from '../types/constant.ts';
import { float64Val } from '../types/constant.ts';
import { TypeTable, fieldKey, reflectString, rtKey, sizeOf, structFieldOffset } from './rtypes.ts';
import { mapfast } from './mapfast.ts';
import { splitLocals, pair, binop, pairable, storePair, joinPair, word64, type Pair, type PairHost } from './int64pair.ts';

export class Unsupported extends Error {
  pos: number;
  file: ast.File;
  constructor(file: ast.File, pos: number, feature: string) {
    super(feature);
    this.file = file;
    this.pos = pos;
  }
}

export interface PackageUnit {
  path: string;
  file: ast.File;
  info: Info;
  pkg: Package;
  /** Package variables nobody refers to are not generated (stdlib module.ts lazyVars). */
  lazyVars?: boolean;
}

/**
 * The package variables of lazyVars units that no code can reach: not referred to from any
 * function or from the initializer of a variable that is itself needed.
 */
function unreachedVars(units: readonly PackageUnit[]): Set<Var> {
  const lazy = new Map<Var, Set<Var>>(); // var -> the lazy vars its initializer refers to
  const inInit = new Set<number>(); // ident ids inside lazy initializers
  for (const u of units) {
    if (u.lazyVars !== true) continue;
    for (const ini of u.info.initOrder) for (const v of ini.lhs) lazy.set(v, new Set());
  }
  for (const u of units) {
    if (u.lazyVars !== true) continue;
    for (const ini of u.info.initOrder) {
      inspect(ini.rhs, (n) => {
        if (n.kind === 'Ident') {
          inInit.add(n.id);
          const o = u.info.uses.get(n.id);
          if (o !== undefined && o.kind === 'Var' && lazy.has(o)) for (const v of ini.lhs) lazy.get(v)!.add(o);
        }
        return true;
      });
    }
  }
  const needed = new Set<Var>();
  const visit = (v: Var): void => {
    if (needed.has(v)) return;
    needed.add(v);
    for (const w of lazy.get(v) ?? []) visit(w);
  };
  for (const u of units) {
    for (const [id, o] of u.info.uses) {
      if (o.kind === 'Var' && lazy.has(o) && !(u.lazyVars === true && inInit.has(id))) visit(o);
    }
  }
  return new Set([...lazy.keys()].filter((v) => !needed.has(v)));
}

export interface StaticFuncInfo {
  name: string;
  endLine: number;
  inlined: boolean;
  params: number[];
  pkg: string;
  /** Line of the declaration (`func` keyword): the frame of a goroutine that has not run yet. */
  declLine: number;
  /** Function literals directly inside it (gc numbers go wrappers after them up to go1.21). */
  closures: number;
  /** The engine's estimate of gc's inlining cost (inlcost.ts; Infinity: never inlinable). */
  inlCost?: number;
  /**
   * gc could inline it where the callee is statically known even if the engine's table says
   * otherwise: a function literal (called directly or through an inlined function's parameter
   * in the function that made it), a method reached through an interface (devirtualised).
   */
  inlinable?: boolean;
  /** It calls one of its parameters (a func value or an interface's method). */
  callsParam?: boolean;
  /** Named types converted to an interface in it: call arguments, fields, assignments (devirtualisation). */
  ifaceArgs?: string[];
  /** A function literal: how the function that makes it uses it (devirtFacts). */
  litUse?: 'direct' | 'arg';
  /** Liveness of each argument word's spill slot (argliveness.ts); absent: no register args. */
  argLive?: ArgLive[];
}

export interface GenResult {
  source: string;
  /** Go line of each body line (index = 1-based body line). */
  lines: number[];
  funcs: Map<string, StaticFuncInfo>;
  types: Type[];
  typeIndex: Map<Type, number>;
  /** Natives referenced by the generated code, by index: [package path, name]. */
  natives: [string, string][];
  mainFn: string;
  goVersion: number;
}

type Kind64 = 'i64' | 'u64' | 'i32' | 'u32' | 'i16' | 'u16' | 'i8' | 'u8' | 'f64' | 'f32' | 'str' | 'bool' | 'other';

function basicKind(t: Type): Kind64 {
  const u = underlying(t);
  if (u.kind !== 'Basic') return 'other';
  switch (u.basic) {
    case 'int': case 'int64': case 'untyped int': return 'i64';
    case 'uint': case 'uint64': case 'uintptr': return 'u64';
    case 'int32': case 'untyped rune': return 'i32';
    case 'uint32': return 'u32';
    case 'int16': return 'i16';
    case 'uint16': return 'u16';
    case 'int8': return 'i8';
    case 'uint8': return 'u8';
    case 'float64': case 'untyped float': return 'f64';
    case 'float32': return 'f32';
    case 'string': case 'untyped string': return 'str';
    case 'bool': case 'untyped bool': return 'bool';
    default: return 'other';
  }
}

function isAggregateType(t: Type): boolean {
  const u = underlying(t);
  return u.kind === 'Struct' || u.kind === 'Array';
}

const smallWrap: Record<string, (x: string) => string> = {
  i32: (x) => `((${x}) | 0)`,
  u32: (x) => `((${x}) >>> 0)`,
  i16: (x) => `(((${x}) << 16) >> 16)`,
  u16: (x) => `((${x}) & 65535)`,
  i8: (x) => `(((${x}) << 24) >> 24)`,
  u8: (x) => `((${x}) & 255)`,
};

function bitsOf(k: Kind64): [number, boolean] {
  switch (k) {
    case 'i64': return [64, true];
    case 'u64': return [64, false];
    case 'i32': return [32, true];
    case 'u32': return [32, false];
    case 'i16': return [16, true];
    case 'u16': return [16, false];
    case 'i8': return [8, true];
    case 'u8': return [8, false];
    default: return [64, true];
  }
}

interface FuncCtx {
  /** Contains a range-over-func loop (results live in variables). */
  hasRangeFunc: boolean;
  /** Innermost range-over-func body being generated, with loop/switch nesting inside it. */
  rangeFunc: { done: string; ret: string; loops: number; switches: number } | null;
  jsName: string;
  goName: string;
  sig: Signature;
  /** JS names of the result variables. */
  results: string[];
  hasDefer: boolean;
  hasRecover: boolean;
  closures: number;
  /**
   * go and defer statements whose call gc wraps in a closure (a call with arguments or a
   * receiver): go statements only (`gowrapN`, go1.22+), and go and defer statements together
   * (numbered after the function's literals, `funcN`, up to go1.21).
   */
  goWraps?: number;
  allWraps?: number;
  parent: FuncCtx | null;
  tmp: number;
  /** Emitted as a generator (compile/async.ts). */
  async: boolean;
  /** Labels some goto in this function jumps to (see gotoBlock). */
  gotoTargets?: Set<string>;
  /** 64-bit locals kept as two int32 words (compile/int64pair.ts), by JS base name. */
  split: Map<Var, string>;
  /** Function-level temporaries of the pair code (`$qN`), and the header line they join. */
  q: number;
  headerIdx: number;
  /** Enclosing breakable statements' JS labels, innermost last (only in functions with goto). */
  breakables?: { label: string; loop: boolean }[];
  /** goto label → its dispatch loop and case (see gotoBlock). */
  gotoCases?: Map<string, { loop: string; pc: string; n: number }>;
}

interface LValue {
  /** Statements evaluating sub-expressions once. */
  setup: string[];
  get: string;
  set: (v: string) => string;
  type: Type;
}

const rtNames = [
  'add64', 'sub64', 'mul64', 'neg64', 'addU64', 'subU64', 'mulU64', 'negU64', 'div64', 'rem64', 'divU64', 'remU64',
  'div32', 'rem32', 'and64', 'or64', 'xor64', 'andNot64', 'andU64', 'orU64', 'xorU64', 'andNotU64', 'not64', 'notU64',
  'shl64', 'shlU64', 'shr64', 'shrU64', 'shiftCount', 'toInt', 'floatToInt', 'toFloat',
  'Iface', 'Slice', 'VarRef', 'FieldRef', 'ElemRef', 'ptrEq', 'zeroPtrEq', 'equal', 'ifaceEq', 'ifaceEqValue', 'copyVal', 'assignInto',
  'load', 'store', 'makeSlice', 'append1', 'appendValues', 'copySlice', 'makeMap', 'nilMapWrite',
  'sget', 'sset', 'sref', 'aidx', 'strIdx', 'slen', 'scap', 'mlen', 'mget', 'mgetZ', 'mget2', 'mset', 'mdel', 'miter',
  'sliceS', 'sliceStr', 'sliceArr', 'appendSlice', 'appendStr', 'strToBytes', 'bytesToStr', 'strToRunes', 'runesToStr',
  'runeToStr', 'decodeRune', 'decoded', 'assertE', 'assertE2', 'assertI', 'assertI2', 'implementsI', 'gopanic', 'gorecover',
  'canRecover', 'unwind', 'runDefers', 'runDefersG', 'limit', 'nilDeref', 'nn', 'nilAt', 'printArgs', 'minOf', 'maxOf', 'clearMap', 'clearSlice',
  'methodOf', 'valueMethod', 'newMap', 'runtimeErrorRF', 'sliceToArray', 'sliceToArrayPtr', 'cmpStr', 'f32', 'shl32', 'shr32', 'convStr', 'ifaceOf',
  'newproc', 'chansend', 'chanrecv1', 'chanrecv2', 'closechan', 'chanlen', 'chancap', 'makechan', 'selectgo', 'dyn', 'sync', 'yieldDue', 'preempted',
  'mapassign', 'mapdelete', 'mapclear', 'mapaccess1', 'mapaccess2', 'mapiterinit', 'mapiternext',
  'cat', 'newZero', 'newLit', 'mapHint', 'noteContainer',
  'hi64', 'lo64', 'j64s', 'j64u', 'umulhi', 'shlH', 'shlL', 'shrUH', 'shrUL', 'shrSH', 'shrSL',
] as const;

export class Gen {
  private readonly units: PackageUnit[];
  private readonly goVersion: number;
  private readonly out: string[] = [];
  private readonly lineMap: number[] = [0];
  private curLine = 0;
  private unit!: PackageUnit;
  private readonly names = new Map<Obj, string>();
  private nextId = 0;
  private readonly table = new TypeTable();
  private readonly typeIdx = new Map<Type, number>();
  private readonly funcs = new Map<string, StaticFuncInfo>();
  private readonly natives: [string, string][] = [];
  private fn: FuncCtx | null = null;
  /** Fault addresses of nil pointer expressions whose load is not at the first field's offset (nilFaultChain), by AST node id. */
  private readonly nilFaults = new Map<number, number>();
  /** Variables stored in a VarRef box (address taken, not aggregates). */
  private readonly boxed = new Set<Var>();
  /** Aggregate parameters written in their function (copied on entry). */
  private readonly mutated = new Set<Var>();
  private readonly funcNames = new Map<Func, string>();
  private readonly initCount = new Map<PackageUnit, number>();
  /** Declared functions by JS name, and those called directly somewhere (inlinable sites). */
  private readonly jsFuncs = new Map<string, Func>();
  private readonly staticCalls = new Set<Func>();
  /** Type arguments of the generic instance being generated (monomorphisation). */
  private subst: SubstMap | null = null;
  /** Declarations of functions and methods, for generating generic instances on demand. */
  private readonly decls = new Map<Func, { decl: ast.FuncDecl; unit: PackageUnit }>();
  private readonly instanceNames = new Map<string, string>();
  private asyncInfo: AsyncInfo = { concurrent: false, async: new Set(), natives: new Map() };
  private readonly instanceQueue: { decl: ast.FuncDecl; unit: PackageUnit; subst: SubstMap; js: string; goName: string }[] = [];

  /** A type with the current instance's type arguments substituted. */
  S(t: Type): Type {
    return this.subst === null ? t : subst(t, this.subst);
  }

  /**
   * The JS name of an instance of generic function (or method of a generic type) `f` for
   * type arguments `targs` (already substituted), queueing its generation.
   */
  private instanceName(f: Func, targs: Type[]): string {
    const o = f.origin ?? f;
    const key = this.funcName(o) + '[' + targs.map(rtKey).join(',') + ']';
    let js = this.instanceNames.get(key);
    if (js !== undefined) return js;
    js = '$f' + this.nextId++;
    this.instanceNames.set(key, js);
    const d = this.decls.get(o);
    if (d === undefined) return this.unsupported(0, `generic function ${o.name} without declaration`);
    const sig = o.type as Signature;
    const tps = d.decl.recv !== null ? [...sig.recvTypeParams, ...sig.typeParams] : sig.typeParams;
    const m: SubstMap = new Map();
    tps.forEach((tp, i) => m.set(tp, targs[i]));
    this.instanceQueue.push({ decl: d.decl, unit: d.unit, subst: m, js, goName: '' });
    return js;
  }

  /** The JS function for a (possibly generic) method f called on receiver type recv. */
  private methodFn(f: Func, recv: Type | null, sel: ast.Ident | null = null): string {
    let o = f;
    while (o.origin !== null && o.origin !== o) o = o.origin as Func;
    const sig = o.type as Signature;
    // go1.27 methods with type parameters of their own: the call's type arguments follow the receiver's.
    const own = sig.typeParams.length > 0 && sel !== null ? (this.unit.info.instances.get(sel.id)?.typeArgs ?? []).map((a) => this.S(a)) : [];
    if (sig.typeParams.length > 0 && own.length !== sig.typeParams.length) return this.unsupported(sel?.pos ?? 0, 'a generic method used as a value');
    if (sig.recvTypeParams.length === 0) return own.length === 0 ? this.funcName(o) : this.instanceName(o, own);
    let rt = recv !== null ? this.S(recv) : null;
    if (rt !== null && unalias(rt).kind === 'Pointer') rt = (unalias(rt) as { elem: Type }).elem;
    const named = rt !== null ? unalias(rt) : null;
    if (named === null || named.kind !== 'Named') return this.unsupported(0, 'method of a generic type');
    return this.instanceName(o, [...named.typeArgs.map((a) => this.S(a)), ...own]);
  }

  constructor(units: PackageUnit[], goVersion: string) {
    this.units = units;
    this.goVersion = Number(goVersion.split('.')[1] ?? '27');
  }

  // -------------------------------------------------------------------------
  // Output

  /** Emits code; lines of embedded function literals carry a leading Go line marker. */
  private emit(code: string): void {
    if (!code.includes('\n')) {
      this.out.push(code);
      this.lineMap.push(this.curLine);
      return;
    }
    for (const part of code.split('\n')) {
      const m = /^\/\*@L(\d+)\*\//.exec(part);
      this.out.push(m === null ? part : part.slice(m[0].length));
      this.lineMap.push(m === null ? this.curLine : Number(m[1]));
    }
  }

  private setLine(pos: number): void {
    this.curLine = filePosition(this.unit.file, pos).line;
  }

  private lineOf(pos: number): number {
    return filePosition(this.unit.file, pos).line;
  }

  /** The step counter bump of a prologue or back-edge; async code yields there when due. */
  private stepCheck(): string {
    if (this.fn?.async === true) return 'if (++$s > $L) { $L = limit($s, 1); if (yieldDue()) yield* preempted(); }';
    return 'if (++$s > $L) $L = limit($s);';
  }

  /** A call's code in the current function: yield* into async callees (compile/async.ts). */
  private wrapCall(e: ast.CallExpr, code: string): string {
    if (!this.asyncInfo.concurrent) return code;
    const f = staticCallee(e, this.unit.info);
    const inAsync = this.fn?.async === true;
    if (f !== null) {
      const native = this.asyncInfo.natives.get(f) ?? '';
      const calleeAsync = this.asyncInfo.async.has(f) || ASYNC_NATIVES.has(native) || MAP_NATIVES.has(native);
      if (!calleeAsync) return code;
      return inAsync ? `(yield* ${code})` : `sync(${code})`;
    }
    return inAsync ? `(yield* dyn(${code}))` : `sync(${code})`;
  }

  /** An immediately called function; a generator delegated to when its body yields. */
  private iife(param: string, body: string, arg: string): string {
    if (/\byield\b/.test(body)) return `(yield* (function* (${param}) { ${body} })(${arg}))`;
    return `((${param}) => { ${body} })(${arg})`;
  }

  /** Blocking operations need a generator: fails in plain code (init, range-over-func bodies). */
  /**
   * Map operations in goroutine code of a concurrent program run as the runtime's entry points
   * (runtime/maps/entry.ts), steps with the writing-flag checks; elsewhere they are plain calls.
   */
  private mapSteps(): boolean {
    return this.asyncInfo.concurrent && this.fn?.async === true;
  }

  private mapAlg(mapType: Type): number {
    const u = underlying(mapType) as { key: Type; elem: Type };
    return mapfast(u.key, u.elem);
  }

  private needAsync(pos: number): void {
    if (this.fn?.async !== true) this.unsupported(pos, 'blocking operation outside a goroutine-capable function (package initialization or range-over-func body)');
  }

  private unsupported(pos: number, feature: string): never {
    throw new Unsupported(this.unit.file, pos, feature);
  }

  private tmp(): string {
    return '$t' + this.fn!.tmp++;
  }

  // -------------------------------------------------------------------------
  // Types and names

  typeRef(t: Type): string {
    return `$T[${this.tindex(t)}]`;
  }

  private tindex(t: Type): number {
    let i = this.typeIdx.get(t);
    if (i === undefined) {
      i = this.table.index(t);
      this.typeIdx.set(t, i);
    }
    return i;
  }

  private tv(e: ast.Expr): TypeAndValue {
    const tv0 = this.unit.info.types.get(e.id);
    const tv = tv0 !== undefined && this.subst !== null ? { ...tv0, type: this.S(tv0.type) } : tv0;
    if (tv === undefined) {
      // A single-valued type assertion may lack its record; its type is the asserted one.
      if (e.kind === 'TypeAssertExpr' && e.type !== null) return { mode: 'value', type: this.typeExpr(e.type), value: null };
      if (e.kind === 'ParenExpr') return this.tv(e.x);
      this.unsupported(e.pos, 'expression without type information');
    }
    return tv;
  }

  /** The type denoted by a type expression. */
  private typeExpr(e: ast.Expr): Type {
    const tv = this.unit.info.types.get(e.id);
    if (tv !== undefined) return this.S(tv.type);
    if (e.kind === 'ParenExpr') return this.typeExpr(e.x);
    const id = e.kind === 'Ident' ? e : e.kind === 'SelectorExpr' ? e.sel : null;
    const o = id !== null ? this.objOf(id) : undefined;
    if (o !== undefined && o.kind === 'TypeName') return this.S(o.type);
    return this.unsupported(e.pos, 'type expression without type information');
  }

  private typeOf(e: ast.Expr): Type {
    return this.tv(e).type;
  }

  private objOf(id: ast.Ident): Obj | undefined {
    return this.unit.info.uses.get(id.id) ?? this.unit.info.defs.get(id.id) ?? undefined;
  }

  private nameOf(o: Obj): string {
    let n = this.names.get(o);
    if (n === undefined) {
      const base = o.name.replace(/[^A-Za-z0-9_]/g, '_');
      n = (o.kind === 'Var' && o.isPkgVar ? 'G_' : 'v_') + base + '$' + this.nextId++;
      this.names.set(o, n);
    }
    return n;
  }

  private funcName(f: Func): string {
    const o = f.origin ?? f;
    let n = this.funcNames.get(o);
    if (n === undefined) {
      n = '$f' + this.nextId++;
      this.funcNames.set(o, n);
    }
    return n;
  }

  // -------------------------------------------------------------------------
  // Program

  generate(): GenResult {
    this.emit('"use strict";');
    this.emit(`const {${rtNames.join(', ')}} = $rt;`);
    this.emit('let $s = 0; let $L = limit(0);');
    this.asyncInfo = analyseAsync(this.units);
    this.unreached = unreachedVars(this.units);
    const inits: string[] = [];
    const methodRegs: string[] = [];
    let mainFn = '';
    // Declarations of all packages (dependencies first).
    for (const u of this.units) {
      this.unit = u;
      this.analyse(u.file);
      for (const d of u.file.decls) {
        if (d.kind === 'FuncDecl') {
          const f = u.info.defs.get(d.name.id) as Func | undefined;
          if (f === undefined) continue;
          this.decls.set(f, { decl: d, unit: u });
          const js = this.funcName(f);
          if (d.recv === null && d.name.name === 'main' && u.path === 'main') mainFn = js;
          if (d.recv === null && d.name.name === 'init') inits.push(js);
        }
      }
    }
    for (const u of this.units) {
      this.unit = u;
      for (const d of u.file.decls) {
        if (d.kind === 'FuncDecl') this.funcDecl(d);
        else if (d.kind === 'GenDecl') this.pkgGenDecl(d);
      }
    }
    // Instances of generic functions and methods, generated as they are reached.
    this.drainInstances();
    // Package variable initialization, in each package's init order, then init funcs.
    const conc = this.asyncInfo.concurrent;
    this.emit(`function${conc ? '*' : ''} $init() {`);
    const initHeader = this.out.length - 1;
    let initQ = 0;
    for (const u of this.units) {
      this.unit = u;
      if (this.fn !== null && this.fn.jsName === '$init') initQ = Math.max(initQ, this.fn.q);
      this.fn = { jsName: '$init', goName: u.pkg.name + '.init', sig: null as unknown as Signature, results: [], hasDefer: false, hasRecover: false, closures: 0, parent: null, tmp: 0, hasRangeFunc: false, rangeFunc: null, async: conc, split: new Map(), q: 0, headerIdx: 0 };
      for (const ini of u.info.initOrder) {
        if (ini.lhs.every((v) => this.unreached.has(v))) continue;
        this.setLine(ini.rhs.pos);
        if (ini.lhs.length === 1) {
          this.emit(`${this.varRef(ini.lhs[0])} = ${this.valueAs(ini.rhs, this.S(ini.lhs[0].type))};`);
        } else {
          const t = this.tmp();
          this.emit(`const ${t} = ${this.multiValue(ini.rhs)};`);
          const tuple = this.typeOf(ini.rhs);
          ini.lhs.forEach((v, i) => {
            if (v.name !== '_') this.emit(`${this.varRef(v)} = ${this.convert(`${t}[${i}]`, tupleAt(tuple, i), this.S(v.type))};`);
          });
        }
      }
      for (const d of u.file.decls) {
        if (d.kind === 'FuncDecl' && d.recv === null && d.name.name === 'init') {
          const f = u.info.defs.get(d.name.id) as Func;
          this.emit(conc ? `yield* dyn(${this.funcName(f)}());` : `${this.funcName(f)}();`);
        }
      }
    }
    void inits;
    initQ = Math.max(initQ, this.fn?.q ?? 0);
    if (initQ > 0) this.out[initHeader] += ` let ${Array.from({ length: initQ }, (_, i) => `$q${i} = 0`).join(', ')};`;
    this.emit('}');
    this.fn = null;
    // Method sets of every named type in the table (and pointers to them).
    // Until nothing new: a method set can queue method instances, whose bodies add types.
    for (;;) {
      for (let i = 0; i < this.table.types.length; i++) if (!this.methodSetDone.has(i)) this.methodSet(this.table.types[i], methodRegs);
      if (this.instanceQueue.length === 0) break;
      this.drainInstances();
    }
    for (const m of methodRegs) this.emit(m);
    this.emit(`return { init: $init, main: ${mainFn || 'null'}, steps: () => $s, concurrent: ${this.asyncInfo.concurrent} };`);
    // A function reached only through a func value or an interface is a real frame.
    for (const [js, f] of this.jsFuncs) {
      const info = this.funcs.get(js);
      if (info !== undefined && info.inlined && !this.staticCalls.has(f.origin ?? f)) info.inlined = false;
    }
    const typeIndex = new Map<Type, number>();
    for (const [t, i] of this.typeIdx) typeIndex.set(t, i);
    return {
      source: this.out.join('\n'), lines: this.lineMap, funcs: this.funcs, types: this.table.types, typeIndex,
      natives: this.natives, mainFn, goVersion: this.goVersion,
    };
  }

  private readonly methodSetDone = new Set<number>();
  /** The function being generated calls itself directly (set for go <= 1.23 only). */
  private selfRecursive = false;
  /** Package variables of lazyVars packages that nothing refers to (not generated). */
  private unreached = new Set<Var>();

  private drainInstances(): void {
    while (this.instanceQueue.length > 0) {
      const q = this.instanceQueue.shift()!;
      const savedUnit = this.unit, savedSubst = this.subst, savedFn = this.fn, savedLine = this.curLine;
      this.unit = q.unit;
      this.subst = q.subst;
      this.fn = null;
      this.funcDecl(q.decl, q.js);
      this.unit = savedUnit;
      this.subst = savedSubst;
      this.fn = savedFn;
      this.curLine = savedLine;
    }
  }

  /** Registers the method set of t on its RType (wrappers for promoted and pointer methods). */
  private methodSet(t: Type, regs: string[]): void {
    this.methodSetDone.add(this.tindex(t));
    const u = unalias(t);
    let named: Named | null = null;
    let isPtr = false;
    if (u.kind === 'Named') named = u;
    else if (u.kind === 'Pointer' && unalias(u.elem).kind === 'Named') {
      named = unalias(u.elem) as Named;
      isPtr = true;
    } else if (u.kind !== 'Struct' && !(u.kind === 'Pointer' && underlying(u.elem).kind === 'Struct')) return;
    if (named !== null && underlying(named).kind === 'Interface') return;
    const names = new Set<string>();
    const collect = (x: Type, depth: number): void => {
      if (depth > 8) return;
      let y = unalias(x);
      if (y.kind === 'Pointer') y = unalias(y.elem);
      if (y.kind === 'Named') for (const m of y.orig.methods) names.add(m.name);
      const s = underlying(y);
      if (s.kind === 'Struct') for (const f of s.fields) if (f.embedded) collect(f.type, depth + 1);
      if (s.kind === 'Interface' && depth > 0) for (const m of typeSet(s).methods) names.add(m.name);
    };
    collect(t, 0);
    if (names.size === 0) return;
    const idx = this.tindex(t);
    for (const name of names) {
      const r = lookupFieldOrMethod(t, false, named?.obj.pkg ?? null, name);
      if (r.obj === null || r.obj.kind !== 'Func' || r.index === null) continue;
      const f = r.obj;
      const path = r.index.slice(0, -1);
      // Walk the embedded fields from the receiver r0.
      let cur: Type = t;
      let code = 'r';
      for (const fi of path) {
        let s = underlying(cur);
        if (s.kind === 'Pointer') s = underlying(s.elem);
        const st = s as Struct;
        code = `${code}.${fieldKey(st, fi)}`;
        cur = st.fields[fi].type;
      }
      const sig = f.type as Signature;
      // A method with type parameters of its own is in no method set (go1.27).
      if (sig.typeParams.length > 0) continue;
      const recvT = sig.recv?.type ?? cur;
      const curIsPtr = underlying(cur).kind === 'Pointer' && unalias(cur).kind !== 'Named';
      let recv = code;
      const recvIsPtr = unalias(recvT).kind === 'Pointer';
      if (underlying(f.type).kind === 'Signature' && isInterface(cur)) {
        // Promoted through an embedded interface.
        regs.push(`$T[${idx}].methods.set(${JSON.stringify(name)}, (r, ...a) => methodOf(${code}, ${JSON.stringify(name)})(${code}.v, ...a)); $T[${idx}].msigs.set(${JSON.stringify(name)}, ${JSON.stringify(rtKey(this.S(f.type)))});`);
        continue;
      }
      const elemOfCur = curIsPtr ? (underlying(cur) as { elem: Type }).elem : cur;
      if (recvIsPtr && !curIsPtr) {
        if (!isAggregateType(cur)) {
          if (path.length === 0) continue; // not in the method set of a non-pointer
          const parent = code.slice(0, code.lastIndexOf('.'));
          const key = code.slice(code.lastIndexOf('.') + 1);
          recv = `new FieldRef(${parent}, ${JSON.stringify(key)})`;
        }
      } else if (!recvIsPtr && curIsPtr) {
        recv = isAggregateType(elemOfCur) ? `nn(${code})` : `${code}.get()`;
      }
      void isPtr;
      const fname = this.methodFn(f, cur);
      regs.push(`$T[${idx}].msigs.set(${JSON.stringify(name)}, ${JSON.stringify(rtKey(this.S(f.type)))});`);
      if (recv === 'r') regs.push(`$T[${idx}].methods.set(${JSON.stringify(name)}, ${fname});`);
      else regs.push(`$T[${idx}].methods.set(${JSON.stringify(name)}, (r, ...a) => ${fname}(${recv}, ...a));`);
    }
  }


  // -------------------------------------------------------------------------
  // Analysis: boxed variables and mutated aggregate parameters

  private analyse(file: ast.File): void {
    const info = this.unit.info;
    const rootVar = (e: ast.Expr, throughAggregates: boolean): Var | null => {
      for (;;) {
        switch (e.kind) {
          case 'ParenExpr': e = e.x; continue;
          case 'Ident': {
            const o = info.uses.get(e.id) ?? info.defs.get(e.id);
            return o !== undefined && o !== null && o.kind === 'Var' ? o : null;
          }
          case 'SelectorExpr': {
            const sel = info.selections.get(e.id);
            if (sel === undefined || sel.kind !== 'FieldVal' || !throughAggregates) return null;
            const xt = info.types.get(e.x.id)?.type;
            if (xt === undefined || underlying(xt).kind === 'Pointer') return null;
            e = e.x;
            continue;
          }
          case 'IndexExpr': {
            const xt = info.types.get(e.x.id)?.type;
            if (!throughAggregates || xt === undefined || underlying(xt).kind !== 'Array') return null;
            e = e.x;
            continue;
          }
          default:
            return null;
        }
      }
    };
    const markAddr = (e: ast.Expr): void => {
      const v = rootVar(e, true);
      if (v === null) return;
      const direct = rootVar(e, false);
      if (direct !== null && !isAggregateType(direct.type)) this.boxed.add(direct);
      this.mutated.add(v);
    };
    const markWrite = (e: ast.Expr): void => {
      const v = rootVar(e, true);
      if (v !== null) this.mutated.add(v);
    };
    const visit = (n: ast.Node | null): void => {
      if (n === null) return;
      switch (n.kind) {
        case 'UnaryExpr':
          if (n.op === '&') markAddr(n.x);
          break;
        case 'AssignStmt':
          for (const l of n.lhs) markWrite(l);
          break;
        case 'IncDecStmt':
          markWrite(n.x);
          break;
        case 'RangeStmt':
          if (n.tok === '=') {
            if (n.key !== null) markWrite(n.key);
            if (n.value !== null) markWrite(n.value);
          }
          break;
        case 'SliceExpr': {
          const xt = info.types.get(n.x.id)?.type;
          if (xt !== undefined && underlying(xt).kind === 'Array') markAddr(n.x);
          break;
        }
        case 'SelectorExpr': {
          const sel = info.selections.get(n.id);
          if (sel !== undefined && sel.kind === 'MethodVal' && sel.obj.kind === 'Func') {
            const sig = sel.obj.type as Signature;
            if (sig.recv !== null && unalias(sig.recv.type).kind === 'Pointer' && underlying(sel.recv).kind !== 'Pointer') markAddr(n.x);
          }
          break;
        }
        default:
          break;
      }
    };
    walk(file, visit);
  }

  // -------------------------------------------------------------------------
  // Declarations

  private pkgGenDecl(d: ast.GenDecl): void {
    for (const s of d.specs) {
      if (s.kind !== 'ValueSpec' || d.tok !== 'var') continue;
      for (const n of s.names) {
        const o = this.unit.info.defs.get(n.id);
        if (o === undefined || o === null || o.kind !== 'Var' || this.unreached.has(o)) continue;
        this.setLine(n.pos);
        // A package variable whose address is taken lives in a VarRef box, as locals do.
        if (this.boxed.has(o)) this.emit(`const ${this.nameOf(o)} = new VarRef(${this.zero(this.S(o.type))});`);
        else this.emit(`let ${this.nameOf(o)} = ${this.zero(this.S(o.type))};`);
      }
    }
  }

  private funcDecl(d: ast.FuncDecl, instanceJs: string | null = null): void {
    const f = this.unit.info.defs.get(d.name.id) as Func | undefined;
    if (f === undefined) return;
    const sig0 = f.type as Signature;
    const generic = sig0.typeParams.length > 0 || sig0.recvTypeParams.length > 0;
    // Generic functions are generated per instance (drainInstances), never as such.
    if (generic && instanceJs === null) return;
    const sig = this.S(sig0) as Signature;
    const js = instanceJs ?? this.funcName(f);
    let goName: string;
    const pkgName = this.unit.pkg.name === 'main' ? 'main' : this.unit.path;
    if (d.recv !== null && sig.recv !== null) {
      const rt = unalias(sig.recv.type);
      const ptr = rt.kind === 'Pointer';
      const base = ptr ? unalias(rt.elem) : rt;
      const tn = base.kind === 'Named' ? base.obj.name : '?';
      const targs = base.kind === 'Named' && base.typeParams.length > 0 ? '[...]' : '';
      goName = ptr ? `${pkgName}.(*${tn}${targs}).${d.name.name}` : `${pkgName}.${tn}${targs}.${d.name.name}`;
    } else if (d.name.name === 'init') {
      // gc names a package's init functions init.0, init.1, ... in source order.
      const k = this.initCount.get(this.unit) ?? 0;
      this.initCount.set(this.unit, k + 1);
      goName = `${pkgName}.init.${k}`;
    } else goName = `${pkgName}.${d.name.name}${generic ? '[...]' : ''}`;
    this.jsFuncs.set(js, f);
    if (d.body === null) {
      // Body-less: bound to a native of the package's module.
      const ni = this.natives.length;
      this.natives.push([this.unit.path, d.name.name]);
      this.setLine(d.pos);
      this.emit(`const ${js} = $N[${ni}];`);
      return;
    }
    const params: Var[] = [];
    if (sig0.recv !== null) params.push(sig0.recv);
    params.push(...sig0.params.vars);
    void sig;
    // go1.23 inline/inl.go:168-180: a function whose recursion cycle is itself alone (it calls
    // itself directly) is never inlinable; go1.24 dropped the rule (inlining is then limited
    // per call site, runtime/panic.ts inlinedFrames).
    const self = f.origin ?? f;
    this.selfRecursive = this.goVersion <= 23 && d.body !== null && callsItself(d.body, self, this.unit.info);
    this.funcBody(js, goName, sig0, params, d.type, d.body, d.pos, d.name.name === 'main' && d.recv === null, this.asyncInfo.async.has(f.origin ?? f));
    this.selfRecursive = false;
  }

  /**
   * What gc's devirtualisation and closure inlining need of a body (go1.27
   * cmd/compile/internal/devirtualize StaticCall, ir.StaticValue): whether it calls a
   * parameter (a func value, or a method of an interface) and the named concrete types its
   * static calls receive converted to an interface.
   */
  private devirtFacts(body: ast.BlockStmt, params: readonly Var[]): { callsParam?: boolean; ifaceArgs?: string[] } {
    const info = this.unit.info;
    const ps = new Set<Obj>();
    for (const p of params) {
      ps.add(p);
      if (p.origin !== null) ps.add(p.origin);
    }
    let callsParam = false;
    const ifaceArgs = new Set<string>();
    const conv = (e: ast.Expr, to: Type | undefined): void => {
      const at = info.types.get(e.id)?.type;
      if (to === undefined || at === undefined || !isInterface(to)) return;
      const named = at.kind === 'Pointer' ? at.elem : at;
      if (named.kind === 'Named' && !isInterface(named)) ifaceArgs.add(named.obj.name);
    };
    /** The variable an expression is rooted at (`h` of `h.sh`, `s` of `s`). */
    const root = (e: ast.Expr): Obj | undefined => {
      while (e.kind === 'SelectorExpr' || e.kind === 'ParenExpr' || e.kind === 'IndexExpr') e = e.x;
      return e.kind === 'Ident' ? info.uses.get(e.id) : undefined;
    };
    // Locals assigned more than once (a literal in one is not a static value).
    const assigns = new Map<Obj, number>();
    /** Calls of go and defer statements (their literal stays a closure). */
    const goDefer = new Set<ast.Node>();
    scanBody(body, (n) => {
      // A range over a parameter yields values gc can follow as well (devirtualised calls).
      if (n.kind === 'RangeStmt' && n.tok === ':=') {
        const r = root(n.x);
        if (r !== undefined && ps.has(r)) for (const l of [n.key, n.value]) {
          const o = l !== null && l.kind === 'Ident' ? info.defs.get(l.id) : undefined;
          if (o !== undefined && o !== null) ps.add(o);
        }
      }
      if (n.kind === 'AssignStmt') for (const l of n.lhs) {
        const o = l.kind === 'Ident' ? (info.defs.get(l.id) ?? info.uses.get(l.id)) : undefined;
        if (o !== undefined && o !== null) assigns.set(o, (assigns.get(o) ?? 0) + 1);
      }
    });
    scanBody(body, (n) => {
      if (n.kind === 'CompositeLit') {
        const t = info.types.get(n.id)?.type;
        const u = t === undefined ? undefined : underlying(t);
        n.elts.forEach((x, i) => {
          const v = x.kind === 'KeyValueExpr' ? x.value : x;
          if (u?.kind === 'Struct') conv(v, x.kind === 'KeyValueExpr' && x.key.kind === 'Ident' ? u.fields.find((f) => f.name === (x.key as ast.Ident).name)?.type : u.fields[i]?.type);
          else if (u?.kind === 'Slice' || u?.kind === 'Array' || u?.kind === 'Map') conv(v, u.elem);
        });
      }
      if (n.kind === 'AssignStmt' && n.lhs.length === n.rhs.length) n.rhs.forEach((r, i) => {
        conv(r, info.types.get(n.lhs[i]!.id)?.type);
        if (r.kind === 'FuncLit' && n.tok === ':=') {
          const l = n.lhs[i]!;
          const o = l.kind === 'Ident' ? info.defs.get(l.id) : undefined;
          if (o !== undefined && o !== null && assigns.get(o) === 1) this.litUse.set(r.body, 'direct');
        }
      });
      if (n.kind === 'GoStmt' || n.kind === 'DeferStmt') goDefer.add(n.call);
      if (n.kind !== 'CallExpr') return;
      const fun = n.fun.kind === 'ParenExpr' ? n.fun.x : n.fun;
      if (fun.kind === 'FuncLit') this.litUse.set(fun.body, 'direct');
      if (fun.kind === 'FuncLit' && !goDefer.has(n)) this.directLits.add(fun);
      const o = root(fun.kind === 'SelectorExpr' ? fun.x : fun);
      if (o !== undefined && ps.has(o)) {
        const t = underlying(this.S(info.types.get((fun.kind === 'SelectorExpr' ? fun.x : fun).id)?.type ?? (o as Var).type));
        if ((fun.kind !== 'SelectorExpr' && t.kind === 'Signature') || (fun.kind === 'SelectorExpr' && t.kind === 'Interface')) callsParam = true;
      }
      const callee = staticCallee(n, info);
      if (callee === null) return;
      const sig = callee.type as Signature;
      n.args.forEach((a, i) => {
        if (a.kind === 'FuncLit') this.litUse.set(a.body, 'arg');
        const pt = sig.params.vars[Math.min(i, sig.params.vars.length - 1)]?.type;
        conv(a, pt !== undefined && sig.variadic && i >= sig.params.vars.length - 1 && n.ellipsis < 0 ? (underlying(pt) as { elem?: Type }).elem : pt);
      });
    });
    return { ...(callsParam ? { callsParam } : {}), ...(ifaceArgs.size > 0 ? { ifaceArgs: [...ifaceArgs] } : {}) };
  }

  /** inlcost.ts for a body, with the costs of the callees gc would inline in this package. */
  private inlCostOf(body: ast.BlockStmt, params: readonly Var[]): InlCost {
    const set = new Set<Obj>();
    for (const p of params) {
      set.add(p);
      if (p.origin !== null) set.add(p.origin);
    }
    this.costing.add(body);
    try {
      return inlCost(body, { info: this.unit.info, goMinor: this.goVersion, params: set, calleeCost: (f) => this.calleeCost(f) });
    } finally {
      this.costing.delete(body);
    }
  }

  /** Function literals called where they are written (walk/closure.go directClosureCall). */
  private readonly directLits = new Set<ast.FuncLit>();
  /** Body of the top-level function being generated (closurevars.ts reads it whole). */
  private topBody: ast.BlockStmt | null = null;

  /** Function literals (by body) gc sees as static values: called where made, or passed to a static call. */
  private readonly litUse = new Map<ast.BlockStmt, 'direct' | 'arg'>();

  /** Bodies whose cost is being computed: a call back into one is a recursive call (57). */
  private readonly costing = new Set<ast.BlockStmt>();

  private readonly calleeCosts = new Map<Func, number | null>();
  private readonly declsByFunc = new Map<PackageUnit, Map<Func, ast.FuncDecl>>();

  /**
   * A callee's cost if gc can inline it (go1.27 inline/inl.go CanInline: within the budget, no
   * go/defer/recover, not //go:noinline; up to go1.23 not calling itself), else null. A callee
   * being costed (a recursion cycle) is null.
   */
  private calleeCost(f: Func): number | null {
    if (this.calleeCosts.has(f)) return this.calleeCosts.get(f)!;
    let decls = this.declsByFunc.get(this.unit);
    if (decls === undefined) {
      decls = new Map();
      for (const d of this.unit.file.decls) {
        if (d.kind !== 'FuncDecl') continue;
        const o = this.unit.info.defs.get(d.name.id);
        if (o !== undefined && o !== null && o.kind === 'Func') decls.set(o, d);
      }
      this.declsByFunc.set(this.unit, decls);
    }
    const d = decls.get(f);
    // go1.27 inline/inl.go canInlineCallExpr: a call of a function being costed is recursive.
    if (d === undefined || d.body === null || this.noinline(d.pos) || this.costing.has(d.body)) return null;
    this.calleeCosts.set(f, null);
    const sig = f.type as Signature;
    const params = [...(sig.recv !== null ? [sig.recv] : []), ...sig.params.vars];
    const ic = this.inlCostOf(d.body, params);
    const ok = !ic.never && ic.cost <= 80 && !(this.goVersion <= 23 && callsItself(d.body, f, this.unit.info));
    const r = ok ? ic.cost : null;
    this.calleeCosts.set(f, r);
    return r;
  }

  /** Emits `function js(params) {...}` for a declaration or a literal. */
  private funcBody(js: string, goName: string, sig: Signature, params: Var[], ftype: ast.FuncType, body: ast.BlockStmt, pos: number, isMain: boolean, isAsync: boolean, lit: ast.FuncLit | null = null): void {
    const parent = this.fn;
    if (parent === null) this.topBody = body;
    // A literal called where it is written gets its captured variables as first arguments.
    const caps: ClosureVar[] = lit !== null && this.topBody !== null && this.directLits.has(lit)
      ? closureVars(lit, this.topBody, { info: this.unit.info, goMinor: this.goVersion, subst: (t) => this.S(t) })
      : [];
    // Each as a parameter: the variable itself (by value) or a `&v` pointer standing for it.
    const capParams: Var[] = caps.map((c) => (c.byval ? c.v : { ...c.v, type: { kind: 'Pointer', elem: c.v.type }, origin: c.v }));
    const frameParams = [...capParams, ...params];
    const ctx: FuncCtx = { jsName: js, goName, sig, results: [], hasDefer: false, hasRecover: false, closures: 0, parent, tmp: 0, hasRangeFunc: false, rangeFunc: null, async: isAsync, split: new Map(), q: 0, headerIdx: 0 };
    this.fn = ctx;
    scanBody(body, (n) => {
      if (n.kind === 'DeferStmt') ctx.hasDefer = true;
      if (n.kind === 'BranchStmt' && n.tok === 'goto' && n.label !== null) (ctx.gotoTargets ??= new Set()).add(n.label.name);
      if (n.kind === 'RangeStmt' && underlying(this.typeOf(n.x)).kind === 'Signature') ctx.hasRangeFunc = true;
      if (n.kind === 'CallExpr' && n.fun.kind === 'Ident' && n.fun.name === 'recover') {
        const o = this.unit.info.uses.get(n.fun.id);
        if (o !== undefined && o.kind === 'Builtin') ctx.hasRecover = true;
      }
    });
    if (ctx.gotoTargets === undefined && !ctx.hasRangeFunc) {
      for (const o of splitLocals(body, this.unit.info, this.boxed, (v) => this.S(v.type), eachChild)) ctx.split.set(o, this.nameOf(o));
    }
    const isLiteral = parent !== null;
    const isInit = parent === null && goName.includes('.init.');
    const ic = this.inlCostOf(body, params);
    const cost = ic.never ? Infinity : ic.cost;
    // A function holding a function literal is not inlined by the engine (gc would from
    // go1.23 at 16 more, but the literal's name would then follow its inlined copy).
    const inl = !isMain && !isInit && !isLiteral && !this.noinline(pos) && !ctx.hasDefer && !ctx.hasRecover && !(this.selfRecursive && !isLiteral) &&
      !ic.closure && cost <= 80;
    const info: StaticFuncInfo = {
      name: goName, endLine: this.lineOf(body.rbrace), inlined: inl,
      // go1.24 inline/inl.go inlineBudget: a closure called once where it is made (a direct
      // call, or through a local assigned once) has budget inlineClosureCalledOnceCost (800).
      inlinable: !isMain && !isInit && !this.noinline(pos) && !ctx.hasDefer && !ctx.hasRecover && !ic.closure &&
        cost <= (isLiteral && this.goVersion >= 24 && this.litUse.get(body) === 'direct' ? 800 : 80),
      ...(isLiteral && this.litUse.has(body) ? { litUse: this.litUse.get(body)! } : {}),
      params: frameParams.map((p) => this.tindex(this.S(p.type))), pkg: this.unit.path,
      declLine: this.lineOf(pos), closures: 0, inlCost: cost,
    };
    if (this.unit.path === 'main') {
      Object.assign(info, this.devirtFacts(body, params));
      const live = argLiveness(body, frameParams, {
        info: this.unit.info, subst: (t) => this.S(t),
        // A `&v` argument of a by-reference capture is spilled up front like an address-taken one.
        lineOf: (p) => this.lineOf(p), addrTaken: (v) => this.boxed.has(v) || capParams.some((c, i) => c === v && !caps[i]!.byval),
        inlinedCallee: (f) => {
          const d = this.calleeCost(f) === null ? undefined : this.declsByFunc.get(this.unit)?.get(f);
          if (d === undefined || d.body === null) return null;
          const sig = f.type as Signature;
          return { body: d.body, params: [...(sig.recv !== null ? [sig.recv] : []), ...sig.params.vars] };
        },
      });
      if (live !== undefined) info.argLive = live;
    }
    this.funcs.set(js, info);
    const pnames = params.map((p, i) => (p.name === '' || p.name === '_' ? `$p${i}` : this.nameOf(p) + (this.boxed.has(p) ? '$in' : '')));
    this.setLine(pos);
    this.emit(`function${isAsync ? '*' : ''} ${js}(${pnames.join(', ')}) {`);
    ctx.headerIdx = this.out.length - 1;
    this.emit(this.stepCheck());
    params.forEach((p, i) => {
      if (p.name === '' || p.name === '_') return;
      const n = this.nameOf(p);
      if (this.boxed.has(p)) this.emit(`const ${n} = new VarRef(${pnames[i]});`);
      else if (isAggregateType(this.S(p.type)) && this.mutated.has(p)) this.emit(`${n} = copyVal(${this.typeRef(this.S(p.type))}, ${n});`);
    });
    if (ctx.hasRecover) this.emit(`const $rec = canRecover(${js});`);
    // Result variables.
    const rs = sig.results.vars;
    const named = rs.length > 0 && rs[0].name !== '';
    if (named || ctx.hasDefer || ctx.hasRangeFunc) {
      rs.forEach((r, i) => {
        const n = r.name === '' || r.name === '_' ? `$r${i}` : this.nameOf(r);
        ctx.results.push(this.boxed.has(r) ? n + '.v' : n);
        if (this.boxed.has(r)) this.emit(`const ${n} = new VarRef(${this.zero(this.S(r.type))});`);
        else this.emit(`let ${n} = ${this.zero(this.S(r.type))};`);
      });
    }
    const argList = `[${[...caps.map((c) => (c.byval ? this.capturedValue(c.v) : 'true')), ...pnames].join(', ')}]`;
    if (ctx.hasDefer) {
      this.emit('const $d = []; let $p = null;');
      this.emit('$body: try {');
      this.block(body.list);
      this.emit('} catch ($e) {');
      this.emit('if ($e instanceof RangeError) throw $e;');
      this.emit(`$p = unwind($e, ${argList});`);
      this.emit('}');
      this.setLine(body.rbrace);
      // A generator function's deferred calls may block (runtime/panic.ts runDefersG).
      this.emit(ctx.async ? `$p = yield* runDefersG($d, $p, ${argList});` : `$p = runDefers($d, $p, ${argList});`);
      this.emit('if ($p !== null) throw $p;');
      this.emit(`return ${this.resultTuple(ctx)};`);
    } else {
      this.emit('try {');
      this.block(body.list);
      if (named || (ctx.hasRangeFunc && rs.length > 0)) this.emit(`return ${this.resultTuple(ctx)};`);
      this.emit('} catch ($e) {');
      this.emit('if ($e instanceof RangeError) throw $e;');
      this.emit(`throw unwind($e, ${argList});`);
      this.emit('}');
    }
    this.setLine(body.rbrace);
    this.emit('}');
    if (ctx.q > 0) this.out[ctx.headerIdx] += ` let ${Array.from({ length: ctx.q }, (_, i) => `$q${i} = 0`).join(', ')};`;
    void ftype;
    info.closures = ctx.closures;
    this.fn = parent;
  }

  /** A `//go:noinline` directive in the comment lines just above a declaration. */
  private noinline(pos: number): boolean {
    const src = this.unit.file.src;
    let start = src.lastIndexOf('\n', pos - 1);
    for (let k = 0; k < 4 && start > 0; k++) {
      const prev = src.lastIndexOf('\n', start - 1);
      const line = src.slice(prev + 1, start).trim();
      if (!line.startsWith('//')) break;
      if (line.startsWith('//go:noinline')) return true;
      start = prev;
    }
    return false;
  }

  private resultTuple(ctx: FuncCtx): string {
    if (ctx.results.length === 0) return '';
    if (ctx.results.length === 1) return ctx.results[0];
    return '[' + ctx.results.join(', ') + ']';
  }

  // -------------------------------------------------------------------------
  // Statements

  private block(list: ast.Stmt[]): void {
    const targets = this.fn?.gotoTargets;
    if (targets !== undefined && list.some((s) => s.kind === 'LabeledStmt' && targets.has(s.label.name))) {
      this.gotoBlock(list, targets);
      return;
    }
    for (const s of list) this.stmt(s);
  }

  /**
   * A statement list holding labels that goto jumps to becomes a dispatch loop:
   *   let $pcN = 0; $gN: for (;;) { switch ($pcN) { case 0: ... case 1: L: ... } break; }
   * and `goto L` becomes `{ $pcN = 1; continue $gN; }`. Go only allows jumps to a label of an
   * enclosing block that skip no variable declaration (go spec "Goto statements"), so the
   * target's loop always encloses the goto. The list's own declarations are hoisted above the
   * loop (a backward jump re-enters the switch, whose block scope would be fresh); their names
   * are unique. In functions with goto every breakable statement gets a JS label and
   * unlabeled break/continue name their target, so the dispatch loop never captures them.
   */
  private gotoBlock(list: ast.Stmt[], targets: Set<string>): void {
    const fn = this.fn!;
    const id = this.tmp();
    const loop = `$g${id}`, pc = `$pc${id}`;
    const cases = (fn.gotoCases ??= new Map());
    let n = 0;
    for (const s of list) if (s.kind === 'LabeledStmt' && targets.has(s.label.name)) cases.set(s.label.name, { loop, pc, n: ++n });
    this.emit(`let ${pc} = 0;`);
    const hoistAt = this.out.length;
    this.emit(';');
    this.emit(`${loop}: for (;;) { switch (${pc}) { case 0:`);
    const hoisted: string[] = [];
    for (const s of list) {
      if (s.kind === 'LabeledStmt' && targets.has(s.label.name)) this.emit(`case ${cases.get(s.label.name)!.n}:`);
      const start = this.out.length;
      this.stmt(s);
      const inner = s.kind === 'LabeledStmt' ? s.stmt : s;
      if (inner.kind === 'DeclStmt' || (inner.kind === 'AssignStmt' && inner.tok === ':=')) this.hoistDecls(start, hoisted);
    }
    this.emit('} break; }');
    if (hoisted.length > 0) this.out[hoistAt] = `let ${hoisted.join(', ')};`;
  }

  /** Turns the top-level `let x = e` / `const x = e` lines emitted since `start` into assignments. */
  private hoistDecls(start: number, names: string[]): void {
    let depth = 0;
    for (let i = start; i < this.out.length; i++) {
      const line = this.out[i];
      if (depth === 0) {
        const m = /^(?:let|const) ([$\w]+)( = |;)/.exec(line);
        if (m !== null) {
          names.push(m[1]);
          this.out[i] = m[2] === ';' ? ';' : m[1] + line.slice(m[0].length - 3);
        }
      }
      const bare = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '');
      for (const ch of bare) {
        if (ch === '{' || ch === '(' || ch === '[') depth++;
        else if (ch === '}' || ch === ')' || ch === ']') depth--;
      }
    }
  }

  /** In functions with goto, loops and switches get a JS label so break/continue can name them. */
  private breakable(label: string | null, loop: boolean, f: (label: string | null) => void): void {
    const fn = this.fn;
    if (fn === null || fn.gotoTargets === undefined) {
      f(label);
      return;
    }
    const l = label ?? `$u${this.tmp()}`;
    (fn.breakables ??= []).push({ label: l, loop });
    f(l);
    fn.breakables.pop();
  }

  private stmt(s: ast.Stmt, label: string | null = null): void {
    this.setLine(s.pos);
    switch (s.kind) {
      case 'BadStmt':
        this.unsupported(s.pos, 'bad statement');
        break;
      case 'DeclStmt':
        this.declStmt(s.decl);
        break;
      case 'EmptyStmt':
        break;
      case 'LabeledStmt':
        // Loops and switches put the label on their own JS statement; others on a block.
        // Only for, switch and select labels can be named by break/continue (others are goto
        // targets, see gotoBlock), so other statements need no JS label: a declaration keeps
        // its scope.
        if (s.stmt.kind === 'ForStmt' || s.stmt.kind === 'RangeStmt' || s.stmt.kind === 'SwitchStmt' || s.stmt.kind === 'TypeSwitchStmt' || s.stmt.kind === 'SelectStmt') this.stmt(s.stmt, s.label.name);
        else this.stmt(s.stmt);
        break;
      case 'ExprStmt':
        this.emit(this.exprStmt(s.x) + ';');
        break;
      case 'SendStmt': {
        this.needAsync(s.pos);
        const ct = underlying(this.typeOf(s.chan)) as { elem: Type };
        this.emit(`yield* chansend(${this.expr(s.chan)}, ${this.valueAs(s.value, ct.elem)});`);
        break;
      }
      case 'IncDecStmt': {
        const sx = s.x.kind === 'Ident' ? this.objOf(s.x) : undefined;
        if (this.splitOf(sx) !== null) {
          this.splitStore(sx as Var, null, s.tok === '++' ? '+' : '-', false);
          break;
        }
        const lv = this.lvalue(s.x);
        for (const x of lv.setup) this.emit(x);
        this.emit(lv.set(this.arith(s.tok === '++' ? '+' : '-', lv.get, '1', lv.type)) + ';');
        break;
      }
      case 'AssignStmt':
        this.assign(s);
        break;
      case 'GoStmt':
        this.goStmt(s);
        break;
      case 'DeferStmt':
        this.deferStmt(s);
        break;
      case 'ReturnStmt':
        this.returnStmt(s);
        break;
      case 'BranchStmt':
        switch (s.tok) {
          case 'break': {
            const rf = this.fn!.rangeFunc;
            if (rf !== null && s.label === null && rf.loops === 0 && rf.switches === 0) this.emit(`{ ${rf.done} = true; return false; }`);
            else if (rf !== null && s.label !== null && rf.loops === 0) this.unsupported(s.pos, 'labelled break out of a range-over-func loop');
            else this.emit(s.label !== null ? `break L_${s.label.name};` : this.innermost(false) ?? 'break;');
            break;
          }
          case 'continue': {
            const rf = this.fn!.rangeFunc;
            if (rf !== null && s.label === null && rf.loops === 0) this.emit('return true;');
            else if (rf !== null && s.label !== null && rf.loops === 0) this.unsupported(s.pos, 'labelled continue out of a range-over-func loop');
            else this.emit(s.label !== null ? `continue L_${s.label.name};` : this.innermost(true) ?? 'continue;');
            break;
          }
          case 'goto': {
            const c = this.fn!.gotoCases?.get(s.label!.name);
            if (c === undefined) this.unsupported(s.pos, 'goto into an enclosing range-over-func body');
            this.emit(`{ ${c.pc} = ${c.n}; continue ${c.loop}; }`);
            break;
          }
          case 'fallthrough':
            break; // handled by the switch
        }
        break;
      case 'BlockStmt':
        this.emit('{');
        this.block(s.list);
        this.emit('}');
        break;
      case 'IfStmt':
        this.ifStmt(s);
        break;
      case 'CaseClause':
      case 'CommClause':
        this.unsupported(s.pos, 'case clause outside switch');
        break;
      case 'SwitchStmt':
        this.breakable(label, false, (l) => this.nest('switches', () => this.switchStmt(s, l)));
        break;
      case 'TypeSwitchStmt':
        this.breakable(label, false, (l) => this.nest('switches', () => this.typeSwitch(s, l)));
        break;
      case 'SelectStmt':
        this.breakable(label, false, (l) => this.nest('switches', () => this.selectStmt(s, l)));
        break;
      case 'ForStmt':
        this.breakable(label, true, (l) => this.nest('loops', () => this.forStmt(s, l)));
        break;
      case 'RangeStmt':
        if (underlying(this.typeOf(s.x)).kind === 'Signature') this.rangeFunc(s);
        else this.breakable(label, true, (l) => this.nest('loops', () => this.rangeStmt(s, l)));
        break;
      default:
        ast.assertNever(s);
    }
  }

  /** `break L_x;` / `continue L_x;` naming the innermost breakable (functions with goto). */
  private innermost(loop: boolean): string | null {
    const bs = this.fn?.breakables;
    if (bs === undefined) return null;
    for (let i = bs.length - 1; i >= 0; i--) if (!loop || bs[i].loop) return `${loop ? 'continue' : 'break'} L_${bs[i].label};`;
    return null;
  }

  private nest(which: 'loops' | 'switches', f: () => void): void {
    const rf = this.fn?.rangeFunc ?? null;
    if (rf !== null) rf[which]++;
    f();
    if (rf !== null) rf[which]--;
  }

  /**
   * for k, v := range f (go1.23 range over functions): the body becomes the yield
   * function; break, continue and return inside it are rewritten (see BranchStmt and
   * returnStmt), and yielding again after the body said stop panics as in Go.
   */
  private rangeFunc(s: ast.RangeStmt): void {
    const ctx = this.fn!;
    const sig = underlying(this.typeOf(s.x)) as Signature;
    const ysig = underlying(sig.params.vars[0].type) as Signature;
    const done = this.tmp(), ret = this.tmp();
    const ps = ysig.params.vars.map(() => this.tmp());
    this.emit('{');
    this.emit(`let ${done} = false, ${ret} = false;`);
    this.setLine(s.pos);
    const rfCall = this.expr(s.x);
    const wasAsync = ctx.async;
    ctx.async = false;
    const conc = this.asyncInfo.concurrent;
    this.emit(`${conc ? (wasAsync ? 'yield* dyn(' : 'sync(') : ''}(${rfCall})((${ps.join(', ')}) => {`);
    this.emit(`if (${done}) throw runtimeErrorRF();`);
    this.emit(this.stepCheck());
    const saved = ctx.rangeFunc;
    ctx.rangeFunc = { done, ret, loops: 0, switches: 0 };
    const vars = [s.key, s.value];
    vars.forEach((e, i) => {
      if (e === null || i >= ps.length || (e.kind === 'Ident' && e.name === '_')) return;
      if (s.tok === ':=') {
        const o = this.unit.info.defs.get((e as ast.Ident).id) as Var | undefined;
        if (o !== undefined) this.declareVar(o, ps[i]);
      } else {
        const lv = this.lvalue(e);
        for (const x of lv.setup) this.emit(x);
        this.emit(lv.set(ps[i]) + ';');
      }
    });
    this.block(s.body.list);
    ctx.rangeFunc = saved;
    ctx.async = wasAsync;
    this.emit('return true;');
    this.emit(conc ? '}));' : '});');
    this.emit(`${done} = true;`);
    if (saved !== null) this.emit(`if (${ret}) { ${saved.ret} = true; ${saved.done} = true; return false; }`);
    else if (ctx.hasDefer) this.emit(`if (${ret}) break $body;`);
    else this.emit(`if (${ret}) return ${this.resultTuple(ctx)};`);
    this.emit('}');
  }

  private declStmt(d: ast.GenDecl): void {
    if (d.tok !== 'var') return;
    for (const s of d.specs) {
      if (s.kind !== 'ValueSpec') continue;
      this.setLine(s.pos);
      const objs = s.names.map((n) => this.unit.info.defs.get(n.id) as Var | null | undefined);
      if (s.values.length === 0) {
        for (const o of objs) if (o) this.declareVar(o, this.zero(this.S(o.type)));
      } else if (objs.length === 1 && s.values.length === 1 && objs[0] && this.splitOf(objs[0]) !== null) {
        this.splitStore(objs[0], s.values[0], null, true);
      } else if (s.values.length === objs.length) {
        const vals = s.values.map((v, i) => (objs[i] ? this.valueAs(v, this.S(objs[i]!.type)) : this.expr(v)));
        if (objs.length === 1) {
          if (objs[0]) this.declareVar(objs[0], vals[0]);
          else this.emitValue(vals[0]);
        } else {
          const ts = vals.map((v) => {
            const t = this.tmp();
            this.emit(`const ${t} = ${v};`);
            return t;
          });
          objs.forEach((o, i) => {
            if (o) this.declareVar(o, ts[i]);
          });
        }
      } else {
        const t = this.tmp();
        this.emit(`const ${t} = ${this.expr(s.values[0])};`);
        const tuple = this.typeOf(s.values[0]);
        objs.forEach((o, i) => {
          if (o) this.declareVar(o, this.convert(`${t}[${i}]`, tupleAt(tuple, i), this.S(o.type)));
        });
      }
    }
  }

  /** A value evaluated for its effects (`_ = v`): an object literal is parenthesised, not a block. */
  private emitValue(code: string): void {
    this.emit(/^\s*(\{|function\b|class\b)/.test(code) ? `(${code});` : `${code};`);
  }

  private declareVar(o: Var, value: string): void {
    if (o.name === '_') {
      this.emitValue(value);
      return;
    }
    const n = this.nameOf(o);
    if (this.fn?.split.has(o) === true) {
      this.emit(`let ${n}$h = 0, ${n}$l = 0;`);
      const q = this.qtemp();
      this.emit(`(${q} = ${value}, ${n}$h = hi64(${q}), ${n}$l = lo64(${q}));`);
    } else if (this.boxed.has(o)) this.emit(`const ${n} = new VarRef(${value});`);
    else this.emit(`let ${n} = ${value};`);
  }

  /** The split JS base name of o in the function being generated, or null. */
  private splitOf(o: Obj | undefined): string | null {
    return o !== undefined && o.kind === 'Var' ? (this.fn?.split.get(o) ?? null) : null;
  }

  private qtemp(): string {
    return '$q' + this.fn!.q++;
  }

  private get pairHost(): PairHost {
    return {
      typeOf: (e) => this.typeOf(e),
      constOf: (e) => {
        const tv = this.tv(e);
        return tv.mode === 'constant' ? tv.value : null;
      },
      conversionTo: (e) => {
        const ftv = this.tv(e.fun);
        return ftv.mode === 'typexpr' ? ftv.type : null;
      },
      splitName: (e) => this.splitOf(this.objOf(e)),
      expr: (e) => this.expr(e),
      temp: () => this.qtemp(),
    };
  }

  /** Whether e, a 64-bit integer expression, reads a split local through pairable operators. */
  private readsSplit(e: ast.Expr): boolean {
    switch (e.kind) {
      case 'ParenExpr': return this.readsSplit(e.x);
      case 'Ident': return this.splitOf(this.objOf(e)) !== null;
      case 'UnaryExpr': return (e.op === '^' || e.op === '-') && this.readsSplit(e.x);
      case 'BinaryExpr': return pairable(e, this.unit.info) && (this.readsSplit(e.x) || (e.op !== '<<' && e.op !== '>>' && this.readsSplit(e.y)));
      default: return false;
    }
  }

  /**
   * Declares (decl) or assigns the split local o from rhs, or from `o op rhs` for an
   * assignment operation; rhs null with op '+'/'-' is ++/--.
   */
  private splitStore(o: Var, rhs: ast.Expr | null, op: string | null, decl: boolean): void {
    const n = this.fn!.split.get(o)!;
    const t = this.S(o.type);
    if (decl) this.emit(`let ${n}$h = 0, ${n}$l = 0;`);
    const self: Pair = { pre: [], h: `${n}$h`, l: `${n}$l` };
    let p: Pair;
    if (op === null) p = pair(this.pairHost, rhs!, t);
    else if (rhs === null) p = binop(this.pairHost, op, self, { pre: [], h: '0', l: '1' }, t);
    else if (op === '/' || op === '%') p = this.leafPair(this.binaryCode(op, joinPair(self, t), this.valueAs(rhs, t), t, t, t));
    else p = binop(this.pairHost, op, self, rhs, t);
    this.emit(storePair(p, n, () => this.qtemp()) + ';');
  }

  private leafPair(code: string): Pair {
    const q = this.qtemp();
    return { pre: [`${q} = ${code}`], h: `hi64(${q})`, l: `lo64(${q})` };
  }

  private assign(s: ast.AssignStmt): void {
    const splitTarget = s.lhs.length === 1 && s.rhs.length === 1 && s.lhs[0].kind === 'Ident' ? this.splitOf(this.objOf(s.lhs[0])) : null;
    if (splitTarget !== null) {
      const o = this.objOf(s.lhs[0] as ast.Ident) as Var;
      const op = s.tok === '=' || s.tok === ':=' ? null : s.tok.slice(0, -1);
      this.splitStore(o, s.rhs[0], op, s.tok === ':=');
      return;
    }
    if (s.tok !== '=' && s.tok !== ':=') {
      const op = s.tok.slice(0, -1);
      const lv = this.lvalue(s.lhs[0]);
      for (const x of lv.setup) this.emit(x);
      const rhs = this.valueAs(s.rhs[0], op === '<<' || op === '>>' ? this.typeOf(s.rhs[0]) : lv.type);
      this.emit(lv.set(this.binaryCode(op as ast.BinaryOp, lv.get, rhs, lv.type, lv.type, this.typeOf(s.rhs[0]))) + ';');
      return;
    }
    const define = s.tok === ':=';
    // Targets: new variables (define) or lvalues.
    const targets = s.lhs.map((l) => {
      if (l.kind === 'Ident' && l.name === '_') return { kind: 'blank' as const };
      if (define && l.kind === 'Ident') {
        const o = this.unit.info.defs.get(l.id);
        if (o !== undefined && o !== null && o.kind === 'Var') return { kind: 'new' as const, v: o };
      }
      return { kind: 'lv' as const, lv: this.lvalue(l) };
    });
    const typeOfTarget = (i: number): Type | null => {
      const t = targets[i];
      if (t.kind === 'new') return this.S(t.v.type);
      if (t.kind === 'lv') return t.lv.type;
      return null;
    };
    let vals: string[];
    let setupDone = false;
    if (s.rhs.length === s.lhs.length) {
      vals = s.rhs.map((r, i) => {
        const tt = typeOfTarget(i);
        return tt === null ? this.expr(r) : this.valueAs(r, tt);
      });
    } else {
      // Calls in the targets' operands come before the right side's call (source order).
      if (s.lhs.some((l) => this.hasCall(l))) {
        for (const t of targets) if (t.kind === 'lv') for (const x of t.lv.setup) this.emit(x);
        setupDone = true;
      }
      const t = this.tmp();
      this.emit(`const ${t} = ${this.multiValue(s.rhs[0])};`);
      const tuple = this.typeOf(s.rhs[0]);
      vals = s.lhs.map((_, i) => {
        const tt = typeOfTarget(i);
        return tt === null ? `${t}[${i}]` : this.convert(`${t}[${i}]`, tupleAt(tuple, i), tt);
      });
    }
    if (targets.length === 1) {
      const t = targets[0];
      if (t.kind === 'blank') this.emitValue(vals[0]);
      else if (t.kind === 'new') this.declareVar(t.v, vals[0]);
      else if (s.lhs[0].kind !== 'Ident' && this.hasCall(s.rhs[0]) && !this.hasCall(s.lhs[0])) {
        // gc's order pass copies the call into a temporary before the target's operands (an
        // index, a pointer) are loaded (go1.27 walk/order.go, OAS: o.expr(n.Y, n.X) copies a
        // call unless the target is a name).
        const v = this.tmp();
        this.emit(`const ${v} = ${vals[0]};`);
        for (const x of t.lv.setup) this.emit(x);
        this.emit(t.lv.set(v) + ';');
      } else {
        for (const x of t.lv.setup) this.emit(x);
        this.emit(t.lv.set(vals[0]) + ';');
      }
      return;
    }
    // gc's order pass copies the right side's calls into temporaries before the left side's
    // operands (an index, a pointer) are loaded (go1.27 walk/order.go, OAS2: calls are
    // copyExpr'd, names and field or element loads stay in place): with calls only on the
    // right, the values go first.
    const callsFirst = s.rhs.some((r) => this.hasCall(r)) && !s.lhs.some((l) => this.hasCall(l));
    if (!callsFirst && !setupDone) for (const t of targets) if (t.kind === 'lv') for (const x of t.lv.setup) this.emit(x);
    const temps = vals.map((v) => {
      const t = this.tmp();
      this.emit(`const ${t} = ${v};`);
      return t;
    });
    if (callsFirst && !setupDone) for (const t of targets) if (t.kind === 'lv') for (const x of t.lv.setup) this.emit(x);
    targets.forEach((t, i) => {
      if (t.kind === 'new') this.declareVar(t.v, temps[i]);
      else if (t.kind === 'lv') this.emit(t.lv.set(temps[i]) + ';');
    });
  }

  private lvalue(e: ast.Expr): LValue {
    // A variable redeclared by := may have no type record of its own: use its object's.
    const lo = e.kind === 'Ident' && !this.unit.info.types.has(e.id) ? this.objOf(e) : undefined;
    const type = lo !== undefined && lo.kind === 'Var' ? this.S(lo.type) : this.typeOf(e);
    const agg = isAggregateType(type);
    switch (e.kind) {
      case 'ParenExpr':
        return this.lvalue(e.x);
      case 'Ident': {
        const o = this.objOf(e);
        if (o === undefined || o.kind !== 'Var') this.unsupported(e.pos, 'assignment target');
        const sn = this.splitOf(o);
        if (sn !== null) {
          const get = joinPair({ pre: [], h: `${sn}$h`, l: `${sn}$l` }, type);
          return { setup: [], get, set: (v) => { const q = this.qtemp(); return `(${q} = ${v}, ${sn}$h = hi64(${q}), ${sn}$l = lo64(${q}))`; }, type };
        }
        const ref = this.varRef(o);
        if (agg) return { setup: [], get: ref, set: (v) => `assignInto(${this.typeRef(type)}, ${ref}, ${v})`, type };
        return { setup: [], get: ref, set: (v) => `${ref} = ${v}`, type };
      }
      case 'SelectorExpr': {
        const sel = this.unit.info.selections.get(e.id);
        if (sel === undefined || sel.kind !== 'FieldVal') this.unsupported(e.pos, 'assignment target');
        const t = this.tmp();
        this.noteNilFault(e);
        const obj = this.fieldPath(e.x, sel, true);
        const key = obj.key;
        const setup = [`const ${t} = ${obj.obj};`];
        const get = `${t}.${key}`;
        if (agg) return { setup, get, set: (v) => `assignInto(${this.typeRef(type)}, ${get}, ${v})`, type };
        return { setup, get, set: (v) => `${get} = ${v}`, type };
      }
      case 'IndexExpr': {
        const xt = underlying(this.typeOf(e.x));
        if (xt.kind === 'Map') {
          const m = this.tmp(), k = this.tmp();
          return {
            setup: [`const ${m} = ${this.expr(e.x)};`, `const ${k} = ${this.valueAs(e.index, xt.key)};`],
            // m[k] op= v is one mapassign in Go; the old value is read through its slot.
            get: this.mapRead(m, k, xt.elem, true),
            set: (v) => (this.mapSteps() ? `(yield* mapassign(${this.mapAlg(xt)}, ${m}, ${k}, ${v}))` : `mset(${m}, ${k}, ${v}, ${this.mapAlg(xt)})`),
            type,
          };
        }
        if (xt.kind === 'Slice') {
          // The index is evaluated with the operands; its bounds are checked at the store
          // (`m[k], s[i] = ...` stores m[k] before s[i] panics: go test fixedbugs/issue23017.go).
          const sl = this.tmp(), i = this.tmp();
          const setup = [`const ${sl} = ${this.expr(e.x)};`, `const ${i} = ${this.expr(e.index)};`];
          const get = `${sl}.a[sref(${sl}, ${i})]`;
          if (agg) return { setup, get, set: (v) => `assignInto(${this.typeRef(type)}, ${get}, ${v})`, type };
          return { setup, get, set: (v) => `${get} = ${v}`, type };
        }
        if (xt.kind === 'Array' || (xt.kind === 'Pointer' && underlying(xt.elem).kind === 'Array')) {
          const len = xt.kind === 'Array' ? xt.len : (underlying(xt.elem) as { len: number }).len;
          const a = this.tmp(), i = this.tmp();
          this.noteNilFault(e);
          const arr = xt.kind === 'Array' ? this.lvalueArrayBase(e.x) : ((p: string): string => this.nilChecked(e.x, p) ?? `nn(${p})`)(this.expr(e.x));
          const setup = [`const ${a} = ${arr};`, `const ${i} = ${this.expr(e.index)};`];
          const get = `${a}[aidx(${i}, ${len})]`;
          if (agg) return { setup, get, set: (v) => `assignInto(${this.typeRef(type)}, ${get}, ${v})`, type };
          return { setup, get, set: (v) => `${get} = ${v}`, type };
        }
        return this.unsupported(e.pos, 'assignment target');
      }
      case 'StarExpr': {
        const p = this.tmp();
        const setup = [`const ${p} = ${this.expr(e.x)};`];
        if (agg) return { setup, get: `nn(${p})`, set: (v) => `assignInto(${this.typeRef(type)}, nn(${p}), ${v})`, type };
        return { setup, get: `${p}.get()`, set: (v) => `${p}.set(${v})`, type };
      }
      default:
        return this.unsupported(e.pos, 'assignment target');
    }
  }

  /** The array object of an addressable array expression (no copy). */
  private lvalueArrayBase(e: ast.Expr): string {
    return this.exprNoCopy(e);
  }

  private exprNoCopy(e: ast.Expr): string {
    return this.expr(e);
  }

  /**
   * An array operand evaluated only for its calls and receives (len(x), a range without value
   * variable): up to go1.24 `*f()` runs f but does not dereference its result, from go1.25 a nil
   * result faults (go test fixedbugs/issue72844.go).
   */
  private arrayForEffects(x: ast.Expr): string {
    while (x.kind === 'ParenExpr') x = x.x;
    return this.goVersion < 25 && x.kind === 'StarExpr' ? this.expr(x.x) : this.expr(x);
  }

  /** A captured variable's current value, read inside the literal that captured it. */
  private capturedValue(o: Var): string {
    for (let c = this.fn; c !== null; c = c.parent) {
      const n = c.split.get(o);
      if (n !== undefined) return joinPair({ pre: [], h: `${n}$h`, l: `${n}$l` }, this.S(o.type));
    }
    return this.varRef(o);
  }

  private varRef(o: Var): string {
    const n = this.nameOf(o);
    return this.boxed.has(o) ? n + '.v' : n;
  }

  /** A go or defer call gc wraps in a closure: it has arguments or a method receiver. */
  private wrapsCall(call: ast.CallExpr): boolean {
    if (call.args.length > 0) return true;
    const f = call.fun.kind === 'ParenExpr' ? call.fun.x : call.fun;
    if (f.kind === 'SelectorExpr') return this.unit.info.selections.get(f.id)?.kind === 'MethodVal';
    return false;
  }

  private deferStmt(s: ast.DeferStmt): void {
    if (s.call.kind === 'CallExpr' && this.wrapsCall(s.call)) this.fn!.allWraps = (this.fn!.allWraps ?? 0) + 1;
    const call = s.call;
    if (call.kind !== 'CallExpr') this.unsupported(s.pos, 'defer of a non-call');
    const ft = this.tv(call.fun);
    if (ft.mode === 'builtin' || ft.mode === 'typexpr') {
      const ts = call.args.map((a) => {
        const t = this.tmp();
        this.emit(`const ${t} = ${this.expr(a)};`);
        return t;
      });
      // Re-evaluating the call with the saved arguments: substitute via a closure.
      const saved = this.argOverride;
      this.argOverride = new Map(call.args.map((a, i) => [a.id, ts[i]]));
      const code = this.exprStmt(call);
      this.argOverride = saved;
      this.emit(`$d.push([() => ${code}, []]);`);
      return;
    }
    const { fn, args, types } = this.callParts(call);
    const ts = args.map((a, i) => {
      const t = this.tmp();
      const at = types[i];
      this.emit(`const ${t} = ${at !== null && isAggregateType(at) ? `copyVal(${this.typeRef(at)}, ${a})` : a};`);
      return t;
    });
    this.emit(`$d.push([${fn}, [${ts.join(', ')}]]);`);
  }

  private argOverride: Map<number, string> | null = null;

  /** go f(x): the function value and arguments are evaluated now (sched.ts newproc). */
  private goStmt(s: ast.GoStmt): void {
    const call = s.call;
    if (call.kind !== 'CallExpr') return this.unsupported(s.pos, 'go of a non-call');
    const ft = this.tv(call.fun);
    if (ft.mode === 'builtin' || ft.mode === 'typexpr') return this.unsupported(s.pos, 'go of a builtin or conversion');
    const { fn, args, types } = this.callParts(call);
    const ts = args.map((a, i) => {
      const at = types[i];
      return at !== null && isAggregateType(at) ? `copyVal(${this.typeRef(at)}, ${a})` : a;
    });
    // gc starts `go f(x)` and `go v.M()` through a generated wrapper closure (the traceback's
    // main.main.gowrap1 / main.main.funcN frame); `go f()` and `go func(){...}()` start directly.
    let wrap = '';
    if (this.wrapsCall(call)) {
      const ctx = this.fn!;
      ctx.goWraps = (ctx.goWraps ?? 0) + 1;
      ctx.allWraps = (ctx.allWraps ?? 0) + 1;
      wrap = `, ${JSON.stringify(this.fn!.jsName)}, ${ctx.goWraps}, ${ctx.allWraps}`;
    }
    this.emit(`newproc(${fn}, [${ts.join(', ')}], ${JSON.stringify(this.fn!.goName)}, ${this.lineOf(s.pos)}${wrap});`);
  }

  /**
   * select: the channel operands and sent values are evaluated in source order, selectgo
   * (sched.ts) picks a ready case uniformly at random (or blocks), and a JS switch runs the
   * chosen clause (-1: default).
   */
  private selectStmt(s: ast.SelectStmt, label: string | null): void {
    this.needAsync(s.pos);
    const cases: string[] = [];
    let hasDefault = false;
    const clauses = s.body.list as ast.CommClause[];
    const idx: number[] = [];
    for (const c of clauses) {
      if (c.comm === null) {
        hasDefault = true;
        idx.push(-1);
        continue;
      }
      idx.push(cases.length);
      if (c.comm.kind === 'SendStmt') {
        const ct = underlying(this.typeOf(c.comm.chan)) as { elem: Type };
        cases.push(`[${this.expr(c.comm.chan)}, true, ${this.valueAs(c.comm.value, ct.elem)}]`);
      } else {
        const rx = this.commRecv(c.comm);
        cases.push(`[${this.expr(rx.x)}, false, undefined]`);
      }
    }
    const r = this.tmp();
    this.emit(`const ${r} = yield* selectgo([${cases.join(', ')}], ${hasDefault});`);
    this.emit(`${label !== null ? `L_${label}: ` : ''}switch (${r}[0]) {`);
    clauses.forEach((c, i) => {
      this.setLine(c.pos);
      this.emit(`case ${idx[i]}: {`);
      if (c.comm !== null && c.comm.kind === 'AssignStmt') {
        const rx = this.commRecv(c.comm);
        const et = (underlying(this.typeOf(rx.x)) as { elem: Type }).elem;
        c.comm.lhs.forEach((e, k) => {
          if (e.kind === 'Ident' && e.name === '_') return;
          const v = k === 0 ? `${r}[1]` : `${r}[2]`;
          if (c.comm!.kind === 'AssignStmt' && c.comm.tok === ':=') {
            const o = this.unit.info.defs.get((e as ast.Ident).id) as Var | undefined;
            if (o !== undefined) this.declareVar(o, v);
          } else {
            const lv = this.lvalue(e);
            for (const x of lv.setup) this.emit(x);
            this.emit(lv.set(this.convert(v, k === 0 ? et : ({ kind: 'Basic', basic: 'bool', name: 'bool' } as Basic), lv.type)) + ';');
          }
        });
      }
      this.block(c.body);
      this.emit('break; }');
    });
    this.emit('}');
  }

  /** The receive operation `<-x` of a select case. */
  private commRecv(comm: ast.Stmt): ast.UnaryExpr {
    let e: ast.Expr | null = null;
    if (comm.kind === 'ExprStmt') e = comm.x;
    else if (comm.kind === 'AssignStmt') e = comm.rhs[0];
    while (e !== null && e.kind === 'ParenExpr') e = e.x;
    if (e === null || e.kind !== 'UnaryExpr' || e.op !== '<-') return this.unsupported(comm.pos, 'select case');
    return e;
  }

  private returnStmt(s: ast.ReturnStmt): void {
    const ctx = this.fn!;
    const rs = ctx.sig.results.vars;
    let vals: string[] = [];
    if (s.results.length === rs.length) vals = s.results.map((r, i) => this.valueAs(r, this.S(rs[i].type), true));
    else if (s.results.length === 1 && rs.length > 1) {
      const t = this.tmp();
      this.emit(`const ${t} = ${this.expr(s.results[0])};`);
      const tuple = this.typeOf(s.results[0]);
      vals = rs.map((r, i) => this.convert(`${t}[${i}]`, tupleAt(tuple, i), this.S(r.type)));
    }
    if (ctx.rangeFunc !== null) {
      const temps = vals.map((v) => {
        const t = this.tmp();
        this.emit(`const ${t} = ${v};`);
        return t;
      });
      temps.forEach((t, i) => this.emit(`${ctx.results[i]} = ${t};`));
      this.emit(`{ ${ctx.rangeFunc.ret} = true; ${ctx.rangeFunc.done} = true; return false; }`);
      return;
    }
    if (ctx.hasDefer) {
      if (vals.length > 0) {
        const temps = vals.map((v) => {
          const t = this.tmp();
          this.emit(`const ${t} = ${v};`);
          return t;
        });
        temps.forEach((t, i) => this.emit(`${ctx.results[i]} = ${t};`));
      }
      this.emit('break $body;');
      return;
    }
    if (vals.length === 0) {
      this.emit(ctx.results.length > 0 ? `return ${this.resultTuple(ctx)};` : 'return;');
      return;
    }
    if (vals.length === 1) this.emit(`return ${vals[0]};`);
    else this.emit(`return [${vals.join(', ')}];`);
  }

  private ifStmt(s: ast.IfStmt): void {
    this.emit('{');
    if (s.init !== null) this.stmt(s.init);
    this.setLine(s.cond.pos);
    this.emit(`if (${this.expr(s.cond)}) {`);
    this.block(s.body.list);
    if (s.else !== null) {
      this.emit('} else {');
      this.stmt(s.else);
    }
    this.emit('}');
    this.emit('}');
  }

  private switchStmt(s: ast.SwitchStmt, label: string | null): void {
    this.emit('{');
    if (s.init !== null) this.stmt(s.init);
    let tag: string | null = null;
    let tagType: Type | null = null;
    if (s.tag !== null) {
      tag = this.tmp();
      tagType = this.typeOf(s.tag);
      this.setLine(s.tag.pos);
      this.emit(`const ${tag} = ${this.expr(s.tag)};`);
    }
    const c = this.tmp();
    this.emit(`let ${c} = -1;`);
    const clauses = s.body.list as ast.CaseClause[];
    let def = -1;
    let first = true;
    clauses.forEach((cc, i) => {
      if (cc.list === null) {
        def = i;
        return;
      }
      for (const e of cc.list) {
        this.setLine(e.pos);
        const cond = tag === null ? this.expr(e) : this.compare('==', tag, tagType!, this.expr(e), this.typeOf(e));
        this.emit(`${first ? '' : 'else '}if (${cond}) ${c} = ${i};`);
        first = false;
      }
    });
    if (def >= 0) this.emit(`${first ? '' : 'else '}${c} = ${def};`);
    this.emit(`${label !== null ? `L_${label}: ` : ''}switch (${c}) {`);
    clauses.forEach((cc, i) => {
      this.setLine(cc.pos);
      this.emit(`case ${i}: {`);
      const body = cc.body;
      const last = body[body.length - 1];
      const ft = last !== undefined && last.kind === 'BranchStmt' && last.tok === 'fallthrough';
      this.block(body);
      this.emit(ft ? '}' : '} break;');
    });
    this.emit('}');
    this.emit('}');
  }

  private typeSwitch(s: ast.TypeSwitchStmt, label: string | null): void {
    this.emit('{');
    if (s.init !== null) this.stmt(s.init);
    let guard: ast.Expr;
    let bind: ast.Ident | null = null;
    if (s.assign.kind === 'AssignStmt') {
      guard = (s.assign.rhs[0] as ast.TypeAssertExpr).x;
      bind = s.assign.lhs[0] as ast.Ident;
    } else guard = ((s.assign as ast.ExprStmt).x as ast.TypeAssertExpr).x;
    const x = this.tmp();
    this.setLine(guard.pos);
    this.emit(`const ${x} = ${this.expr(guard)};`);
    const c = this.tmp();
    this.emit(`let ${c} = -1;`);
    const clauses = s.body.list as ast.CaseClause[];
    let def = -1;
    let first = true;
    clauses.forEach((cc, i) => {
      if (cc.list === null) {
        def = i;
        return;
      }
      for (const e of cc.list) {
        const o = e.kind === 'Ident' ? this.objOf(e) : undefined;
        const isNilCase = o !== undefined && o.kind === 'Nil';
        let cond: string;
        if (isNilCase) cond = `${x} === null`;
        else {
          const ct = this.typeExpr(e);
          if (isInterface(ct)) cond = `implementsI(${x}, ${this.typeRef(ct)})`;
          else cond = `${x} !== null && ${x}.t === ${this.typeRef(ct)}`;
        }
        this.emit(`${first ? '' : 'else '}if (${cond}) ${c} = ${i};`);
        first = false;
      }
    });
    if (def >= 0) this.emit(`${first ? '' : 'else '}${c} = ${def};`);
    this.emit(`${label !== null ? `L_${label}: ` : ''}switch (${c}) {`);
    clauses.forEach((cc, i) => {
      this.setLine(cc.pos);
      this.emit(`case ${i}: {`);
      if (bind !== null) {
        const v = this.unit.info.implicits.get(cc.id) as Var | undefined;
        if (v !== undefined) {
          const c0 = cc.list !== null && cc.list.length === 1 ? cc.list[0] : null;
          const c0nil = c0 !== null && c0.kind === 'Ident' && this.objOf(c0)?.kind === 'Nil';
          const single = c0 !== null && !c0nil && !isInterface(this.S(v.type));
          this.declareVar(v, single ? `${x}.v` : x);
        }
      }
      this.block(cc.body);
      this.emit('} break;');
    });
    this.emit('}');
    this.emit('}');
  }

  private loopVarsPerIteration(): boolean {
    return this.goVersion >= 22;
  }

  private forStmt(s: ast.ForStmt, label: string | null): void {
    const lbl = label !== null ? `L_${label}: ` : '';
    // Go 1.22+: variables declared by the init statement are per iteration, which is
    // exactly JS's `for (let ...)` semantics (copied before the post statement).
    const boxedInit: Var[] = [];
    if (s.init !== null && s.init.kind === 'AssignStmt' && s.init.tok === ':=') {
      for (const l of s.init.lhs) {
        const o = l.kind === 'Ident' ? this.unit.info.defs.get(l.id) : null;
        if (o && o.kind === 'Var' && this.boxed.has(o)) boxedInit.push(o);
      }
    }
    this.emit('{');
    let initCode = '';
    if (s.init !== null) {
      if (this.loopVarsPerIteration() && s.init.kind === 'AssignStmt' && s.init.tok === ':=') {
        // Emit the init as a `let` list in the for header.
        const saved = this.out.length;
        this.stmt(s.init);
        const lines = this.out.splice(saved);
        this.lineMap.splice(saved + 1);
        const decls = lines.filter((l) => /^(let|const) /.test(l)).map((l) => l.replace(/^(let|const) /, '').replace(/;$/, ''));
        const other = lines.filter((l) => !/^(let|const) /.test(l));
        for (const o of other) this.emit(o);
        initCode = decls.length > 0 ? 'let ' + decls.join(', ') : '';
      } else this.stmt(s.init);
    }
    let post = '';
    if (s.post !== null) {
      const saved = this.out.length;
      this.stmt(s.post);
      const lines = this.out.splice(saved);
      this.lineMap.splice(saved + 1);
      post = lines.map((l) => l.replace(/;$/, '')).join(', ');
      // A post statement needing temporaries (i, j = i+1, j-1) runs in an arrow function.
      if (lines.some((l) => /^(const|let) /.test(l) || /[{}]$/.test(l))) post = this.iife('', lines.join(' '), '');
    }
    if (this.loopVarsPerIteration() && boxedInit.length > 0) {
      const renew = boxedInit.map((o) => `${this.nameOf(o)} = new VarRef(${this.nameOf(o)}.v)`).join(', ');
      post = post === '' ? renew : renew + ', ' + post;
    }
    const cond = s.cond !== null ? this.expr(s.cond) : '';
    this.setLine(s.pos);
    this.emit(`${lbl}for (${initCode}; ${cond}; ${post}) {`);
    this.emit(this.stepCheck());
    this.block(s.body.list);
    this.emit('}');
    this.emit('}');
  }

  private rangeStmt(s: ast.RangeStmt, label: string | null): void {
    const lbl = label !== null ? `L_${label}: ` : '';
    const xt = this.typeOf(s.x);
    const u = underlying(xt);
    const define = s.tok === ':=';
    const per = this.loopVarsPerIteration();
    const keyVar = s.key !== null && !(s.key.kind === 'Ident' && s.key.name === '_') ? s.key : null;
    const valVar = s.value !== null && !(s.value.kind === 'Ident' && s.value.name === '_') ? s.value : null;
    const bindings: [ast.Expr, string, Type][] = [];
    this.emit('{');
    const outerDecl: string[] = [];
    const bindCode = (): void => {
      if (!define) {
        // `for k, x[k] = range ...`: both targets' operands are evaluated before either is set.
        const lvs = bindings.map(([e]) => this.lvalue(e));
        for (const lv of lvs) for (const x of lv.setup) this.emit(x);
        bindings.forEach(([, v, vt], i) => this.emit(lvs[i]!.set(this.convert(v, vt, lvs[i]!.type)) + ';'));
        return;
      }
      for (const [e, v, vt] of bindings) {
        if (define) {
          const o = this.unit.info.defs.get((e as ast.Ident).id) as Var | undefined;
          if (o === undefined) continue;
          if (per) this.declareVar(o, this.convert(v, vt, this.S(o.type)));
          else {
            const n = this.nameOf(o);
            this.emit(this.boxed.has(o) ? `${n}.v = ${v};` : `${n} = ${v};`);
          }
        } else {
          const lv = this.lvalue(e);
          for (const x of lv.setup) this.emit(x);
          this.emit(lv.set(this.convert(v, vt, lv.type)) + ';');
        }
      }
    };
    if (define && !per) {
      for (const e of [keyVar, valVar]) {
        if (e === null) continue;
        const o = this.unit.info.defs.get((e as ast.Ident).id) as Var | undefined;
        if (o === undefined) continue;
        const n = this.nameOf(o);
        outerDecl.push(this.boxed.has(o) ? `const ${n} = new VarRef(${this.zero(this.S(o.type))});` : `let ${n} = ${this.zero(this.S(o.type))};`);
      }
    }
    for (const d of outerDecl) this.emit(d);
    this.setLine(s.x.pos);
    if (u.kind === 'Basic' && basicKind(u) !== 'str') {
      // range over an integer (go1.22)
      const n = this.tmp(), i = this.tmp();
      this.emit(`const ${n} = ${this.expr(s.x)};`);
      if (keyVar !== null) bindings.push([keyVar, i, xt]);
      this.emit(`${lbl}for (let ${i} = 0; ${i} < ${n}; ${i}++) {`);
    } else if (u.kind === 'Basic') {
      const str = this.tmp(), i = this.tmp(), nx = this.tmp(), r = this.tmp();
      this.emit(`const ${str} = ${this.expr(s.x)};`);
      this.emit(`${lbl}for (let ${i} = 0, ${nx} = 0; ${i} < ${str}.length; ${i} = ${nx}) {`);
      this.emit(`const ${r} = decodeRune(${str}, ${i}); ${nx} = ${i} + decoded.size;`);
      if (keyVar !== null) bindings.push([keyVar, i, this.intType()]);
      if (valVar !== null) bindings.push([valVar, r, this.runeType()]);
    } else if (u.kind === 'Slice' || u.kind === 'Array' || (u.kind === 'Pointer' && underlying(u.elem).kind === 'Array')) {
      const sl = this.tmp(), n = this.tmp(), i = this.tmp();
      let elemT: Type;
      if (u.kind === 'Slice') {
        elemT = u.elem;
        this.emit(`const ${sl} = ${this.expr(s.x)}; const ${n} = ${sl} === null ? 0 : ${sl}.len;`);
      } else {
        const at = (u.kind === 'Array' ? u : underlying((u as { elem: Type }).elem)) as { len: number; elem: Type };
        elemT = at.elem;
        // Without a value variable an array's length is constant and the range expression is not
        // evaluated, unless it calls or receives (then len(x) is not a constant: the Go spec).
        let recv = false;
        walk(s.x, (n) => { if (n.kind === 'UnaryExpr' && n.op === '<-') recv = true; });
        const base = u.kind === 'Array' ? (valVar !== null ? `copyVal(${this.typeRef(u)}, ${this.expr(s.x)})` : this.hasCall(s.x) || recv ? `(${this.arrayForEffects(s.x)}, null)` : 'null') : valVar !== null ? `nn(${this.expr(s.x)})` : `(${this.expr(s.x)}, null)`;
        this.emit(`const ${sl} = ${base}; const ${n} = ${at.len};`);
      }
      this.emit(`${lbl}for (let ${i} = 0; ${i} < ${n}; ${i}++) {`);
      if (keyVar !== null) bindings.push([keyVar, i, this.intType()]);
      if (valVar !== null) {
        const get = u.kind === 'Slice' ? `${sl}.a[${sl}.off + ${i}]` : `${sl}[${i}]`;
        bindings.push([valVar, isAggregateType(elemT) ? `copyVal(${this.typeRef(elemT)}, ${get})` : get, elemT]);
      }
    } else if (u.kind === 'Map') {
      const it = this.tmp();
      if (this.mapSteps()) {
        this.emit(`const ${it} = yield* mapiterinit(${this.expr(s.x)});`);
        this.emit(`${lbl}while (yield* mapiternext(${it})) {`);
      } else {
        this.emit(`const ${it} = miter(${this.expr(s.x)});`);
        this.emit(`${lbl}while (${it}.next()) {`);
      }
      if (keyVar !== null) bindings.push([keyVar, `${it}.key`, u.key]);
      if (valVar !== null) bindings.push([valVar, isAggregateType(u.elem) ? `copyVal(${this.typeRef(u.elem)}, ${it}.val)` : `${it}.val`, u.elem]);
    } else if (u.kind === 'Chan') {
      this.needAsync(s.pos);
      const c = this.tmp(), r = this.tmp();
      this.emit(`const ${c} = ${this.expr(s.x)};`);
      this.emit(`${lbl}for (;;) {`);
      this.emit(`const ${r} = yield* chanrecv2(${c});`);
      this.emit(`if (!${r}[1]) break;`);
      if (keyVar !== null) bindings.push([keyVar, `${r}[0]`, u.elem]);
    } else {
      this.unsupported(s.pos, 'range over functions');
    }
    this.emit(this.stepCheck());
    bindCode();
    this.block(s.body.list);
    this.emit('}');
    this.emit('}');
  }

  private intType(): Type {
    return { kind: 'Basic', basic: 'int', name: 'int' } as Basic;
  }
  private runeType(): Type {
    return { kind: 'Basic', basic: 'int32', name: 'rune' } as Basic;
  }

  // -------------------------------------------------------------------------
  // Expressions

  private exprStmt(e: ast.Expr): string {
    return this.expr(e);
  }

  /** A value of expression e converted to type t (copied when e is addressable storage). */
  valueAs(e: ast.Expr, t: Type, isReturn = false): string {
    const et = this.typeOf(e);
    let code = this.expr(e);
    if (isAggregateType(et) && this.needsCopy(e, isReturn)) code = `copyVal(${this.typeRef(et)}, ${code})`;
    return this.convert(code, et, t);
  }

  private needsCopy(e: ast.Expr, isReturn: boolean): boolean {
    switch (e.kind) {
      case 'ParenExpr': return this.needsCopy(e.x, isReturn);
      case 'Ident': {
        if (!isReturn) return true;
        const o = this.objOf(e);
        return !(o !== undefined && o.kind === 'Var' && !o.isPkgVar && !this.mutated.has(o) && !this.boxed.has(o));
      }
      case 'SelectorExpr': return this.unit.info.selections.get(e.id)?.kind === 'FieldVal' || !this.unit.info.selections.has(e.id);
      case 'IndexExpr': case 'StarExpr': return true;
      default: return false;
    }
  }

  /** Converts a JS value of static type `from` to type `to` (implicit conversions). */
  convert(code: string, from: Type, to: Type): string {
    if (isInterface(to) && !isInterface(from)) {
      const fu = unalias(from);
      if (fu.kind === 'Basic' && fu.basic === 'untyped nil') return 'null';
      return `new Iface(${this.typeRef(this.defaultType(from))}, ${code})`;
    }
    return code;
  }

  private defaultType(t: Type): Type {
    const u = unalias(t);
    if (u.kind !== 'Basic') return t;
    switch (u.basic) {
      case 'untyped bool': return { kind: 'Basic', basic: 'bool', name: 'bool' } as Basic;
      case 'untyped int': return this.intType();
      case 'untyped rune': return this.runeType();
      case 'untyped float': return { kind: 'Basic', basic: 'float64', name: 'float64' } as Basic;
      case 'untyped string': return { kind: 'Basic', basic: 'string', name: 'string' } as Basic;
      default: return t;
    }
  }

  private constant(v: ConstValue, t: Type): string {
    switch (v.kind) {
      case 'bool': return v.b ? 'true' : 'false';
      case 'string': return JSON.stringify(v.s);
      case 'int': {
        const k = basicKind(t);
        if (k === 'f64' || k === 'f32') return numLit(Number(v.i));
        if (v.i >= -9007199254740991n && v.i <= 9007199254740991n) return numLit(Number(v.i));
        return `${v.i}n`;
      }
      case 'float': {
        const k = basicKind(t);
        if (k === 'f32') return numLit(Math.fround(float64Val(v)));
        if (k !== 'f64') {
          // An integer-valued float constant converted to an integer type.
          const q = v.num / v.den;
          if (q >= -9007199254740991n && q <= 9007199254740991n) return numLit(Number(q));
          return `${q}n`;
        }
        return numLit(float64Val(v));
      }
      default:
        return 'undefined';
    }
  }

  expr(e: ast.Expr): string {
    if (this.argOverride !== null) {
      const o = this.argOverride.get(e.id);
      if (o !== undefined) return o;
    }
    const tv = this.unit.info.types.get(e.id);
    if (tv !== undefined && tv.value !== null && tv.mode === 'constant') {
      const t = unalias(tv.type);
      if (t.kind === 'Basic' && t.basic.startsWith('untyped') && t.basic !== 'untyped nil') return this.constant(tv.value, this.defaultType(t));
      return this.constant(tv.value, tv.type);
    }
    switch (e.kind) {
      case 'BadExpr':
        return this.unsupported(e.pos, 'bad expression');
      case 'Ident':
        return this.ident(e);
      case 'BasicLit':
        return this.unsupported(e.pos, 'literal without constant value');
      case 'Ellipsis':
        return this.unsupported(e.pos, '...');
      case 'CompositeLit':
        return this.compositeLit(e, this.typeOf(e));
      case 'FuncLit':
        return this.funcLit(e);
      case 'ParenExpr':
        return '(' + this.expr(e.x) + ')';
      case 'SelectorExpr':
        return this.selector(e);
      case 'IndexExpr':
        return this.index(e);
      case 'IndexListExpr': {
        // x.m[A, B] / T.m[A, B]: a method value or expression of the instance (go1.27).
        const sk = e.x.kind === 'SelectorExpr' ? this.unit.info.selections.get(e.x.id)?.kind : undefined;
        if (sk === 'MethodVal' || sk === 'MethodExpr') return this.expr(e.x);
        const inner = e.x.kind === 'Ident' ? e.x : e.x.kind === 'SelectorExpr' ? e.x.sel : null;
        if (inner !== null && this.unit.info.instances.has(inner.id)) return this.ident(inner);
        return this.unsupported(e.pos, 'generic instantiation');
      }
      case 'SliceExpr':
        return this.sliceExpr(e);
      case 'TypeAssertExpr':
        return this.typeAssert(e, false);
      case 'CallExpr':
        return this.call(e);
      case 'StarExpr': {
        const t = this.typeOf(e);
        const p = this.expr(e.x);
        return isAggregateType(t) ? `nn(${p})` : `${p}.get()`;
      }
      case 'UnaryExpr':
        return this.unary(e);
      case 'BinaryExpr':
        return this.binary(e);
      case 'KeyValueExpr':
        return this.unsupported(e.pos, 'key:value outside a composite literal');
      case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
        return this.unsupported(e.pos, 'type used as a value');
      default:
        return ast.assertNever(e);
    }
  }

  private multiValue(e: ast.Expr): string {
    const tv = this.tv(e);
    if (tv.mode === 'commaok' || tv.mode === 'commaerr' || tv.mode === 'mapindex') {
      const x = e.kind === 'ParenExpr' ? e.x : e;
      if (x.kind === 'IndexExpr') {
        const mt = underlying(this.typeOf(x.x)) as { key: Type; elem: Type };
        if (this.mapSteps()) {
          return `(yield* mapaccess2(${this.mapAlg(this.typeOf(x.x))}, ${this.expr(x.x)}, ${this.valueAs(x.index, mt.key)}, ${this.zeroThunkArg(mt.elem)}, ${isAggregateType(mt.elem)}))`;
        }
        return `mget2(${this.expr(x.x)}, ${this.valueAs(x.index, mt.key)}, ${this.zeroThunkArg(mt.elem)})`;
      }
      if (x.kind === 'TypeAssertExpr') return this.typeAssert(x, true);
      if (x.kind === 'UnaryExpr' && x.op === '<-') {
        this.needAsync(x.pos);
        return `(yield* chanrecv2(${this.expr(x.x)}))`;
      }
    }
    return this.expr(e);
  }

  private zero(t: Type): string {
    const u = underlying(t);
    switch (u.kind) {
      case 'Basic': {
        const k = basicKind(u);
        if (k === 'str') return '""';
        if (k === 'bool') return 'false';
        if (u.basic === 'unsafe.Pointer' || u.basic === 'untyped nil') return 'null';
        return '0';
      }
      case 'Struct': case 'Array':
        return `${this.typeRef(t)}.zero()`;
      default:
        return 'null';
    }
  }

  /** Map reads need the zero value of the element; aggregates get a fresh one. */
  private zeroThunkArg(t: Type): string {
    return isAggregateType(t) ? `${this.typeRef(t)}` : this.zero(t);
  }

  private mapRead(m: string, k: string, elem: Type, plain = false, mapType: Type | null = null): string {
    if (!plain && mapType !== null && this.mapSteps()) {
      return `(yield* mapaccess1(${this.mapAlg(mapType)}, ${m}, ${k}, ${this.zeroThunkArg(elem)}, ${isAggregateType(elem)}))`;
    }
    return isAggregateType(elem) ? `mgetZ(${m}, ${k}, ${this.typeRef(elem)})` : `mget(${m}, ${k}, ${this.zero(elem)})`;
  }

  private ident(e: ast.Ident): string {
    const o = this.objOf(e);
    if (o === undefined) return this.unsupported(e.pos, `identifier ${e.name}`);
    switch (o.kind) {
      case 'Var': {
        const n = this.splitOf(o);
        if (n !== null) return joinPair({ pre: [], h: `${n}$h`, l: `${n}$l` }, this.S(o.type));
        return this.varRef(o);
      }
      case 'Func': {
        const inst = this.unit.info.instances.get(e.id);
        if (inst !== undefined) return this.instanceName(o, inst.typeArgs.map((t) => this.S(t)));
        return this.funcName(o);
      }
      case 'Nil':
        return 'null';
      case 'Const':
        return this.constant(o.value, o.type);
      default:
        return this.unsupported(e.pos, `use of ${o.kind}`);
    }
  }

  private funcLit(e: ast.FuncLit): string {
    const ctx = this.fn!;
    ctx.closures++;
    const top = ctx.parent === null;
    const goName = top ? `${ctx.goName}.func${ctx.closures}` : `${ctx.goName}.${ctx.closures}`;
    // The literal's own signature (not substituted): its Vars are the ones the body uses.
    const sig = (this.unit.info.types.get(e.id)?.type ?? this.typeOf(e)) as Signature;
    const js = '$f' + this.nextId++;
    const params = [...sig.params.vars];
    // Generate the literal in place, then return its lines as one expression whose
    // lines carry their Go line markers (emit() splits them again).
    const saved = this.out.length;
    const savedLine = this.curLine;
    this.funcBody(js, goName, sig, params, e.type, e.body, e.pos, false, this.asyncInfo.async.has(e), e);
    this.curLine = savedLine;
    const lines = this.out.splice(saved);
    const map = this.lineMap.splice(saved + 1);
    return '(' + lines.map((l, i) => `/*@L${map[i]}*/${l}`).join('\n') + ')';
  }

  private compositeLit(e: ast.CompositeLit, type: Type): string {
    const u = underlying(type);
    const elemOf = (x: ast.Expr, t: Type): string => {
      if (x.kind === 'CompositeLit' && x.type === null) {
        // An elided &T{...} (also for a named pointer type, `type PS *S`).
        const tu = underlying(t);
        if (tu.kind === 'Pointer') return this.addressOfLiteral(x, tu.elem);
        return this.compositeLit(x, t);
      }
      if (x.kind === 'UnaryExpr' && x.op === '&' && x.x.kind === 'CompositeLit' && x.x.type === null) {
        return this.addressOfLiteral(x.x, (unalias(t) as { elem: Type }).elem);
      }
      return this.valueAs(x, t);
    };
    switch (u.kind) {
      case 'Struct': {
        // Keyed elements stored one by one into a zero value, in source order: for go1.27
        // promoted fields named in the literal (`A{b: 2}` for A's embedded B's b, stored along
        // its path), and for keys out of field order whose values call (Go evaluates the
        // elements in source order).
        const keyIndex = e.elts.map((el) => (el.kind === 'KeyValueExpr' && el.key.kind === 'Ident' ? u.fields.findIndex((f) => f.name === (el.key as ast.Ident).name) : -2));
        const promoted = keyIndex.includes(-1);
        const outOfOrder = keyIndex.some((fi, k) => k > 0 && fi >= 0 && fi < keyIndex[k - 1]!) && e.elts.some((el) => el.kind === 'KeyValueExpr' && this.hasCall(el.value));
        if ((promoted || outOfOrder) && this.fn !== null) {
          const q = this.qtemp();
          const stores = e.elts.map((el) => {
            const kv = el as ast.KeyValueExpr;
            const r = lookupFieldOrMethod(type, false, this.unit.pkg, (kv.key as ast.Ident).name);
            let path = q;
            let ft: Type = type;
            for (const fi of r.index ?? []) {
              const st = underlying(ft) as Struct;
              path += `[${JSON.stringify(fieldKey(st, fi))}]`;
              ft = st.fields[fi]!.type;
            }
            return `${path} = ${elemOf(kv.value, ft)}`;
          });
          return `(${q} = ${this.typeRef(type)}.zero(), ${stores.join(', ')}, ${q})`;
        }
        const vals = u.fields.map((f) => this.zero(f.type));
        e.elts.forEach((el, i) => {
          if (el.kind === 'KeyValueExpr') {
            const fi = keyIndex[i]!;
            vals[fi] = elemOf(el.value, u.fields[fi].type);
          } else vals[i] = elemOf(el, u.fields[i].type);
        });
        const ordered = e.elts.length === u.fields.length && e.elts.every((el) => el.kind !== 'KeyValueExpr') ? this.callsBeforeLoads(e.elts, vals) : vals;
        return '{' + u.fields.map((_, i) => JSON.stringify(fieldKey(u, i)) + ': ' + ordered[i]).join(', ') + '}';
      }
      case 'Array': case 'Slice': {
        const items: [number, string][] = [];
        let idx = 0;
        let max = 0;
        for (const el of e.elts) {
          let v: ast.Expr = el;
          if (el.kind === 'KeyValueExpr') {
            const kv = this.tv(el.key).value;
            idx = kv !== null && kv.kind === 'int' ? Number(kv.i) : idx;
            v = el.value;
          }
          items.push([idx, elemOf(v, u.elem)]);
          idx++;
          max = Math.max(max, idx);
        }
        const n = u.kind === 'Array' ? u.len : max;
        const dense = items.every(([i], k) => i === k) && items.length === n;
        let arr: string;
        if (dense) arr = '[' + this.callsBeforeLoads(e.elts.map((el) => (el.kind === 'KeyValueExpr' ? el.value : el)), items.map(([, v]) => v)).join(', ') + ']';
        else {
          const t = `${this.typeRef(u.kind === 'Array' ? type : ({ kind: 'Array', len: n, elem: u.elem } as Type))}`;
          arr = this.iife('a', `${items.map(([i, v]) => `a[${i}] = ${v};`).join(' ')} return a;`, `${t}.zero()`);
        }
        if (u.kind === 'Array') return arr;
        return `new Slice(${arr}, 0, ${n}, ${n})`;
      }
      case 'Map': {
        const m = `noteContainer(${this.typeRef(type)}, newMap(${this.typeRef(u.key)}, ${this.typeRef(u.elem)}))`;
        if (e.elts.length === 0) return m;
        const sets = e.elts.map((el) => {
          const kv = el as ast.KeyValueExpr;
          return `mset(m, ${elemOf(kv.key, u.key)}, ${elemOf(kv.value, u.elem)});`;
        });
        return this.iife('m', `${sets.join(' ')} return m;`, m);
      }
      default:
        return this.unsupported(e.pos, 'composite literal of this type');
    }
  }

  private addressOfLiteral(lit: ast.CompositeLit, t: Type): string {
    const v = this.compositeLit(lit, t);
    // runtime.newobject: a heap allocation for the memory account (runtime/memory.ts).
    return isAggregateType(t) ? `newLit(${this.typeRef(t)}, ${v})` : `newLit(${this.typeRef(t)}, new VarRef(${v}))`;
  }

  /** The object and property key of a field selection x.f (through embedded fields). */
  private fieldPath(x: ast.Expr, sel: Selection, _forWrite: boolean): { obj: string; key: string } {
    let code = this.expr(x);
    let cur: Type = this.typeOf(x);
    if (underlying(cur).kind === 'Pointer') code = this.nilChecked(x, code) ?? code;
    const path = sel.index;
    for (let k = 0; k < path.length; k++) {
      let s = underlying(cur);
      if (s.kind === 'Pointer') {
        // The struct's runtime type gives a nil dereference its fault address (the field's
        // offset, runtime/panic.ts setFieldOffsets) even when no value of it needs an RType.
        this.tindex(s.elem);
        s = underlying(s.elem);
      }
      const st = s as Struct;
      const key = fieldKey(st, path[k]);
      if (k === path.length - 1) return { obj: code, key };
      code = `${code}.${key}`;
      cur = st.fields[path[k]].type;
    }
    return { obj: code, key: '' };
  }

  /**
   * The fault address of a load through a nil pointer when it is not the first field's: gc loads
   * `t.in.y` (in a struct-valued field) and `t.arr[2]` (a constant index into an array field, or
   * `p[2]` through a *[N]T) straight from the pointer plus the whole offset (go1.27
   * cmd/compile/internal/ssagen/ssa.go addr: OpOffPtr of the field and element offsets), so the
   * fault is at that offset, where the JS read that fails names only the outer field
   * (runtime/panic.ts fieldOffset). Returns the pointer expression dereferenced and the offset,
   * for chains of two steps or more (one field is left to fieldOffset) or with `extra` bytes;
   * null when the chain passes another pointer or a non-constant index.
   */
  private nilFaultChain(e: ast.Expr, extra = 0): { ptr: ast.Expr; off: number } | null {
    let off = extra;
    let steps = 0;
    for (;;) {
      if (e.kind === 'ParenExpr') {
        e = e.x;
        continue;
      }
      if (e.kind === 'SelectorExpr') {
        const sel = this.selection(e);
        if (sel === undefined || sel.kind !== 'FieldVal') return null;
        let t: Type = this.typeOf(e.x);
        const rootPtr = underlying(t).kind === 'Pointer';
        let add = 0;
        for (let k = 0; k < sel.index.length; k++) {
          let u = underlying(t);
          if (u.kind === 'Pointer') {
            if (k > 0) return null; // an embedded pointer: the chain restarts there
            u = underlying(u.elem);
          }
          const st = u as Struct;
          add += structFieldOffset(st, sel.index[k]);
          t = st.fields[sel.index[k]].type;
          steps++;
        }
        off += add;
        if (rootPtr) return steps >= 2 || extra > 0 ? { ptr: e.x, off } : null;
        e = e.x;
        continue;
      }
      if (e.kind === 'IndexExpr') {
        const xt = underlying(this.typeOf(e.x));
        const iv = this.unit.info.types.get(e.index.id)?.value;
        if (iv === undefined || iv === null || iv.kind !== 'int') return null;
        const arr = xt.kind === 'Pointer' ? underlying(xt.elem) : xt;
        if (arr.kind !== 'Array') return null;
        off += Number(iv.i) * sizeOf(arr.elem);
        steps++;
        if (xt.kind === 'Pointer') return off !== 0 ? { ptr: e.x, off } : null;
        e = e.x;
        continue;
      }
      return null;
    }
  }

  /**
   * Records the fault address of a nil `ptr` for the load `e` (nilFaultChain), `extra` bytes into
   * e's value (len and cap load only their word of a string or slice); the outermost load wins.
   */
  private noteNilFault(e: ast.Expr, extra = 0): void {
    const c = this.nilFaultChain(e, extra);
    if (c !== null && !this.nilFaults.has(c.ptr.id)) this.nilFaults.set(c.ptr.id, c.off);
  }

  /** `code`, the value of pointer expression x, checked against nil with x's recorded fault address. */
  private nilChecked(x: ast.Expr, code: string): string | null {
    // Consumed here: a generic body generated again for other type arguments computes its own.
    const off = this.nilFaults.get(x.id);
    this.nilFaults.delete(x.id);
    return off === undefined ? null : `(${code} ?? nilAt(${off}))`;
  }

  private selector(e: ast.SelectorExpr): string {
    const sel = this.selection(e);
    if (sel === undefined) {
      // Qualified identifier pkg.Name.
      return this.ident(e.sel);
    }
    switch (sel.kind) {
      case 'FieldVal': {
        this.noteNilFault(e);
        const { obj, key } = this.fieldPath(e.x, sel, false);
        return `${obj}.${key}`;
      }
      case 'MethodVal': {
        // A method value: bind the receiver now.
        const f = sel.obj as Func;
        if (isInterface(this.typeOf(e.x)) && sel.index.length === 1) {
          const t = this.tmp();
          return `((${t}) => { const m = methodOf(${t}, ${JSON.stringify(f.name)}); return (...a) => m(${t}.v, ...a); })(${this.expr(e.x)})`;
        }
        if (sel.index.length > 1 && this.embeddedInterface(this.typeOf(e.x), sel)) {
          const t = this.tmp();
          return `((${t}) => { const m = methodOf(${t}, ${JSON.stringify(f.name)}); return (...a) => m(${t}.v, ...a); })(${this.methodRecvIface(e.x, sel)})`;
        }
        let recv = this.methodRecv(e.x, sel);
        const fsig = f.type as Signature;
        if (fsig.recv !== null && isAggregateType(fsig.recv.type)) recv = `copyVal(${this.typeRef(fsig.recv.type)}, ${recv})`;
        const fn = this.methodFn(f, this.methodRecvType(e.x, sel), e.sel);
        return `((r) => (...a) => ${fn}(r, ...a))(${recv})`;
      }
      case 'MethodExpr': {
        const f = sel.obj as Func;
        const recvT = this.typeOf(e.x);
        if (isInterface(recvT)) return `((r, ...a) => methodOf(r, ${JSON.stringify(f.name)})(r.v, ...a))`;
        const fsig = f.type as Signature;
        const wantPtr = fsig.recv !== null && unalias(fsig.recv.type).kind === 'Pointer';
        const havePtr = unalias(recvT).kind === 'Pointer';
        if (sel.index.length > 1 && this.embeddedInterface(recvT, sel)) {
          const i = this.ifacePath('r', recvT, sel);
          return `((r, ...a) => methodOf(${i}, ${JSON.stringify(f.name)})(${i}.v, ...a))`;
        }
        if (sel.index.length > 1) {
          // Promoted: walk the embedded fields from the receiver parameter.
          const recv = this.recvFrom('r', recvT, sel, () => this.unsupported(e.pos, 'method expression'));
          return `((r, ...a) => ${this.methodFn(f, this.recvPathType(recvT, sel), e.sel)}(${recv}, ...a))`;
        }
        const fn = this.methodFn(f, recvT, e.sel);
        if (!wantPtr && havePtr) {
          const el = (unalias(recvT) as { elem: Type }).elem;
          return `((p, ...a) => ${fn}(${isAggregateType(el) ? 'nn(p)' : 'p.get()'}, ...a))`;
        }
        return fn;
      }
      default:
        return ast.assertNever(sel.kind as never);
    }
  }

  /** The receiver argument for a static method call x.m(...) (path through embedded fields, & or *). */
  private methodRecv(x: ast.Expr, sel: Selection): string {
    return this.recvFrom(this.expr(x), this.typeOf(x), sel, () => this.addressOf(x));
  }

  /** The receiver argument from a receiver value `code` of type `xt` along a selection's path. */
  private recvFrom(code: string, xt: Type, sel: Selection, addr: () => string): string {
    const f = sel.obj as Func;
    const sig = f.type as Signature;
    let cur: Type = xt;
    const path = sel.index.slice(0, -1);
    let lastObj = '', lastKey = '';
    for (const fi of path) {
      let s = underlying(cur);
      if (s.kind === 'Pointer') s = underlying(s.elem);
      const st = s as Struct;
      lastObj = code;
      lastKey = fieldKey(st, fi);
      code = `${code}.${lastKey}`;
      cur = st.fields[fi].type;
    }
    const wantPtr = sig.recv !== null && unalias(sig.recv.type).kind === 'Pointer';
    const havePtr = underlying(cur).kind === 'Pointer' && !(unalias(cur).kind === 'Named');
    if (wantPtr && !havePtr) {
      if (isAggregateType(cur)) return code;
      if (path.length > 0) return `new FieldRef(${lastObj}, ${JSON.stringify(lastKey)})`;
      return addr();
    }
    if (!wantPtr && havePtr) {
      const el = (underlying(cur) as { elem: Type }).elem;
      return isAggregateType(el) ? `nn(${code})` : `${code}.get()`;
    }
    return code;
  }

  private addressOf(x: ast.Expr): string {
    const t = this.typeOf(x);
    switch (x.kind) {
      case 'ParenExpr':
        return this.addressOf(x.x);
      case 'Ident': {
        const o = this.objOf(x);
        if (o === undefined || o.kind !== 'Var') return this.unsupported(x.pos, 'address of this expression');
        if (isAggregateType(t)) return this.varRef(o);
        if (!this.boxed.has(o)) return this.unsupported(x.pos, 'address of an unboxed variable');
        return this.nameOf(o);
      }
      case 'CompositeLit':
        return this.addressOfLiteral(x, t);
      case 'SelectorExpr': {
        const sel = this.unit.info.selections.get(x.id);
        if (sel === undefined) {
          const o = this.objOf(x.sel);
          if (o !== undefined && o.kind === 'Var') {
            if (isAggregateType(t)) return this.varRef(o);
            if (!this.boxed.has(o)) return this.unsupported(x.pos, 'address of another package\'s variable');
            return this.nameOf(o);
          }
          return this.unsupported(x.pos, 'address of this expression');
        }
        const { obj, key } = this.fieldPath(x.x, sel, true);
        if (isAggregateType(t)) return `${obj}.${key}`;
        // &p.f through a nil pointer: gc's explicit nil check faults (go1.27 ssagen/ssa.go addr).
        return `new FieldRef(nn(${obj}), ${JSON.stringify(key)})`;
      }
      case 'IndexExpr': {
        const xt = underlying(this.typeOf(x.x));
        if (xt.kind === 'Slice') {
          const sl = this.tmp();
          const get = `((${sl}) => ${isAggregateType(t) ? `${sl}.a[sref(${sl}, IDX)]` : `new ElemRef(${sl}.a, sref(${sl}, IDX))`})(${this.expr(x.x)})`;
          return get.replace(/IDX/g, this.expr(x.index));
        }
        if (xt.kind === 'Array' || xt.kind === 'Pointer') {
          const len = xt.kind === 'Array' ? xt.len : (underlying(xt.elem) as { len: number }).len;
          const arr = xt.kind === 'Array' ? this.expr(x.x) : `nn(${this.expr(x.x)})`;
          if (isAggregateType(t)) return `${arr}[aidx(${this.expr(x.index)}, ${len})]`;
          return `new ElemRef(${arr}, aidx(${this.expr(x.index)}, ${len}))`;
        }
        return this.unsupported(x.pos, 'address of this expression');
      }
      case 'StarExpr':
        return `nn(${this.expr(x.x)})`;
      default:
        return this.unsupported(x.pos, 'address of this expression');
    }
  }

  private index(e: ast.IndexExpr): string {
    const xtv = this.tv(e.x);
    const inner = e.x.kind === 'Ident' ? e.x : e.x.kind === 'SelectorExpr' ? e.x.sel : null;
    // x.m[T] as a value: a method value of the instance (go1.27 methods with type parameters).
    const sk = e.x.kind === 'SelectorExpr' ? this.unit.info.selections.get(e.x.id)?.kind : undefined;
    if (sk === 'MethodVal' || sk === 'MethodExpr') return this.expr(e.x);
    if (inner !== null && this.unit.info.instances.has(inner.id)) return this.ident(inner);
    const xt = underlying(xtv.type);
    switch (xt.kind) {
      case 'Basic':
        return `strIdx(${this.expr(e.x)}, ${this.expr(e.index)})`;
      case 'Slice':
        return `sget(${this.expr(e.x)}, ${this.expr(e.index)})`;
      case 'Array':
        this.noteNilFault(e);
        return `${this.expr(e.x)}[aidx(${this.expr(e.index)}, ${xt.len})]`;
      case 'Pointer': {
        this.noteNilFault(e);
        const at = underlying(xt.elem) as { len: number };
        const p = this.expr(e.x);
        return `${this.nilChecked(e.x, p) ?? `nn(${p})`}[aidx(${this.expr(e.index)}, ${at.len})]`;
      }
      case 'Map':
        return this.mapRead(this.expr(e.x), this.valueAs(e.index, xt.key), xt.elem, false, xt);
      default:
        return this.unsupported(e.pos, 'index expression');
    }
  }

  private sliceExpr(e: ast.SliceExpr): string {
    const xt = underlying(this.typeOf(e.x));
    const lo = e.low !== null ? this.expr(e.low) : 'undefined';
    const hi = e.high !== null ? this.expr(e.high) : 'undefined';
    const mx = e.max !== null ? this.expr(e.max) : 'undefined';
    if (xt.kind === 'Basic') return `sliceStr(${this.expr(e.x)}, ${lo}, ${hi})`;
    if (xt.kind === 'Slice') return `sliceS(${this.expr(e.x)}, ${lo}, ${hi}, ${mx})`;
    if (xt.kind === 'Array') return `sliceArr(${this.expr(e.x)}, ${lo}, ${hi}, ${mx})`;
    if (xt.kind === 'Pointer') return `sliceArr(nn(${this.expr(e.x)}), ${lo}, ${hi}, ${mx})`;
    return this.unsupported(e.pos, 'slice expression');
  }

  private typeAssert(e: ast.TypeAssertExpr, commaOk: boolean): string {
    const t0 = this.unit.info.types.get(e.id)?.type;
    const t = t0 !== undefined ? this.S(t0) : this.typeExpr(e.type!);
    const src = this.assertOperandType(e.x);
    const x = this.expr(e.x);
    const srcStr = JSON.stringify(reflectString(src));
    if (isInterface(t)) return `${commaOk ? 'assertI2' : 'assertI'}(${x}, ${this.typeRef(t)}, ${srcStr})`;
    return `${commaOk ? 'assertE2' : 'assertE'}(${x}, ${this.typeRef(t)}, ${srcStr}, ${this.zeroThunkArg(t)})`;
  }

  /**
   * The static (interface) type of a type assertion's operand, for the panic message. The
   * checker may record the operand with the asserted type, so it is derived from the
   * operand's structure where possible.
   */
  private assertOperandType(x: ast.Expr): Type {
    switch (x.kind) {
      case 'ParenExpr':
        return this.assertOperandType(x.x);
      case 'Ident': {
        const o = this.objOf(x);
        if (o !== undefined && o.kind === 'Var') return this.S(o.type);
        break;
      }
      case 'SelectorExpr': {
        const sel = this.selection(x);
        if (sel !== undefined && sel.kind === 'FieldVal') return this.S(sel.obj.type);
        const o = sel === undefined ? this.objOf(x.sel) : undefined;
        if (o !== undefined && o.kind === 'Var') return this.S(o.type);
        break;
      }
      case 'IndexExpr': {
        const u = underlying(this.typeOf(x.x));
        if (u.kind === 'Slice' || u.kind === 'Array' || u.kind === 'Map') return u.elem;
        break;
      }
      case 'CallExpr': {
        const ft = this.unit.info.types.get(x.fun.id);
        if (ft !== undefined && ft.mode === 'typexpr') return this.S(ft.type);
        const sig = ft !== undefined ? underlying(this.S(ft.type)) : null;
        if (sig !== null && sig.kind === 'Signature' && sig.results.vars.length === 1) return sig.results.vars[0].type;
        break;
      }
      default:
        break;
    }
    return this.typeOf(x);
  }

  private unary(e: ast.UnaryExpr): string {
    const t = this.typeOf(e);
    if ((e.op === '^' || e.op === '-') && word64(t) !== null && this.fn !== null && this.fn.split.size > 0 && this.readsSplit(e)) {
      return joinPair(pair(this.pairHost, e, t), t);
    }
    switch (e.op) {
      case '&':
        return this.addressOf(e.x);
      case '!':
        return `!${this.expr(e.x)}`;
      case '+':
        return this.expr(e.x);
      case '-': {
        const k = basicKind(t);
        const x = this.expr(e.x);
        if (k === 'i64') return `neg64(${x})`;
        if (k === 'u64') return `negU64(${x})`;
        if (k === 'f64') return `(-${x})`;
        if (k === 'f32') return `(-${x})`;
        return smallWrap[k]?.(`-${x}`) ?? `(-${x})`;
      }
      case '^': {
        const k = basicKind(t);
        const x = this.expr(e.x);
        if (k === 'i64') return `not64(${x})`;
        if (k === 'u64') return `notU64(${x})`;
        return smallWrap[k]?.(`~${x}`) ?? `(~${x})`;
      }
      case '<-':
        this.needAsync(e.pos);
        return `(yield* chanrecv1(${this.expr(e.x)}))`;
      case '~':
        return this.unsupported(e.pos, '~ outside a constraint');
      default:
        return ast.assertNever(e.op);
    }
  }

  private binary(e: ast.BinaryExpr): string {
    if (e.op === '&&' || e.op === '||') return `(${this.expr(e.x)} ${e.op} ${this.expr(e.y)})`;
    const xt = this.typeOf(e.x), yt = this.typeOf(e.y);
    const rt = this.typeOf(e);
    const isCmp = e.op === '==' || e.op === '!=' || e.op === '<' || e.op === '<=' || e.op === '>' || e.op === '>=';
    if (!isCmp && word64(rt) !== null && this.fn !== null && this.fn.split.size > 0 && this.readsSplit(e)) return joinPair(pair(this.pairHost, e, rt), rt);
    // gc's order pass copies each call of an expression into a temporary before the
    // expression's other operands are loaded (go1.27 cmd/compile/internal/walk/order.go,
    // (*orderState).expr1: OCALLFUNC/OCALLINTER/OCALLMETH -> copyExpr), so in `l.v + f()`
    // f runs before l.v is read. When only the right operand calls, it goes first.
    let x: string, y: string, pre = '';
    if (this.callsFirst(e.x, e.y)) {
      const q = this.qtemp();
      pre = `${q} = ${this.expr(e.y)}, `;
      x = this.expr(e.x);
      y = q;
    } else {
      x = this.expr(e.x);
      y = this.expr(e.y);
    }
    const code = isCmp ? this.compare(e.op, x, xt, y, yt) : this.binaryCode(e.op, x, y, rt, xt, yt);
    return pre === '' ? code : `(${pre}${code})`;
  }

  /** Whether y holds a function call and x none, x being more than a constant (see binary). */
  private callsFirst(x: ast.Expr, y: ast.Expr): boolean {
    if (this.fn === null || this.fn.jsName === '$init') return false;
    const v = this.unit.info.types.get(x.id)?.value;
    if (v !== null && v !== undefined) return false;
    return this.hasCall(y) && !this.hasCall(x);
  }

  /** Whether e calls a function (not a conversion or builtin; function literals' bodies aside). */
  private hasCall(e: ast.Expr): boolean {
    let found = false;
    inspect(e, (n) => {
      if (found || n.kind === 'FuncLit') return false;
      if (n.kind === 'CallExpr') {
        const mode = this.unit.info.types.get(n.fun.id)?.mode;
        if (mode !== 'typexpr' && mode !== 'builtin') { found = true; return false; }
      }
      return true;
    });
    return found;
  }

  private compare(op: string, x: string, xt: Type, y: string, yt: Type): string {
    const xi = isInterface(xt), yi = isInterface(yt);
    const isNil = (t: Type): boolean => {
      const u = unalias(t);
      return u.kind === 'Basic' && u.basic === 'untyped nil';
    };
    let code: string;
    if (isNil(xt) || isNil(yt)) code = `${x} === ${y}`;
    else if (xi && yi) code = `ifaceEq(${x}, ${y})`;
    else if (xi) code = `ifaceEqValue(${x}, ${this.typeRef(this.defaultType(yt))}, ${y})`;
    else if (yi) code = `ifaceEqValue(${y}, ${this.typeRef(this.defaultType(xt))}, ${x})`;
    else {
      const u = underlying(xt);
      if (op !== '==' && op !== '!=') return `(${x} ${op} ${y})`;
      if (u.kind === 'Struct' || u.kind === 'Array') code = `equal(${this.typeRef(xt)}, ${x}, ${y})`;
      else if (u.kind === 'Pointer' && !isAggregateType(u.elem)) code = `ptrEq(${x}, ${y})`;
      else if (u.kind === 'Pointer' && sizeOf(u.elem) === 0) code = `zeroPtrEq(${x}, ${y})`;
      else code = `${x} === ${y}`;
      return op === '==' ? `(${code})` : `!(${code})`;
    }
    return op === '==' ? `(${code})` : `!(${code})`;
  }

  private arith(op: string, x: string, y: string, t: Type): string {
    return this.binaryCode(op as ast.BinaryOp, x, y, t, t, t);
  }

  /** x op y for arithmetic operators with result type t. */
  private binaryCode(op: ast.BinaryOp, x: string, y: string, t: Type, _xt: Type, yt: Type): string {
    const k = basicKind(t);
    if (op === '<<' || op === '>>') {
      const yk = basicKind(yt);
      const ycode = yk === 'u64' || yk === 'i64' ? y : y;
      if (k === 'i64') return op === '<<' ? `shl64(${x}, ${ycode})` : `shr64(${x}, ${ycode})`;
      if (k === 'u64') return op === '<<' ? `shlU64(${x}, ${ycode})` : `shrU64(${x}, ${ycode})`;
      const [bits, signed] = bitsOf(k);
      return op === '<<' ? `shl32(${x}, ${ycode}, ${bits}, ${signed})` : `shr32(${x}, ${ycode}, ${signed})`;
    }
    switch (k) {
      case 'str':
        // runtime.concatstring2: charged to the memory account (runtime/memory.ts).
        return `cat(${x}, ${y})`;
      case 'f64':
        return `(${x} ${op} ${y})`;
      case 'f32':
        return `f32(${x} ${op} ${y})`;
      case 'i64': case 'u64': {
        const u = k === 'u64';
        const fn: Record<string, string> = u
          ? { '+': 'addU64', '-': 'subU64', '*': 'mulU64', '/': 'divU64', '%': 'remU64', '&': 'andU64', '|': 'orU64', '^': 'xorU64', '&^': 'andNotU64' }
          : { '+': 'add64', '-': 'sub64', '*': 'mul64', '/': 'div64', '%': 'rem64', '&': 'and64', '|': 'or64', '^': 'xor64', '&^': 'andNot64' };
        return `${fn[op]}(${x}, ${y})`;
      }
      case 'i32': case 'u32': case 'i16': case 'u16': case 'i8': case 'u8': {
        const w = smallWrap[k];
        switch (op) {
          case '+': case '-': return w(`${x} ${op} ${y}`);
          case '*': return w(`Math.imul(${x}, ${y})`);
          case '/': return w(`div32(${x}, ${y})`);
          case '%': return w(`rem32(${x}, ${y})`);
          case '&': case '|': case '^': return w(`${x} ${op} ${y}`);
          case '&^': return w(`${x} & ~${y}`);
          default: return this.unsupported(0, `operator ${op}`);
        }
      }
      default:
        return `(${x} ${op} ${y})`;
    }
  }

  // -------------------------------------------------------------------------
  // Calls

  private call(e: ast.CallExpr): string {
    const ftv = this.tv(e.fun);
    if (ftv.mode === 'typexpr') return this.conversion(e.args[0], ftv.type);
    if (ftv.mode === 'builtin') return this.builtin(e);
    const { fn, args } = this.callParts(e);
    return this.wrapCall(e, `${fn}(${args.join(', ')})`);
  }

  /** The function value and argument list of a call (receiver first for static methods). */
  private callParts(e: ast.CallExpr): { fn: string; args: string[]; types: (Type | null)[] } {
    let fun = e.fun.kind === 'ParenExpr' ? e.fun.x : e.fun;
    // x.m[T](...): a method with type parameters of its own (go1.27), explicitly instantiated.
    if ((fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') && fun.x.kind === 'SelectorExpr' && this.unit.info.selections.get(fun.x.id)?.kind === 'MethodVal') fun = fun.x;
    const sig = underlying(this.typeOf(e.fun)) as Signature;
    if (sig.kind !== 'Signature') this.unsupported(e.pos, 'call of a non-function');

    let fn: string;
    const pre: string[] = [];
    if (fun.kind === 'SelectorExpr' && this.unit.info.selections.get(fun.id)?.kind === 'MethodVal') {
      const sel = this.selection(fun)!;
      const f = sel.obj as Func;
      const xt = this.typeOf(fun.x);
      if (isInterface(xt) || (sel.index.length > 1 && this.embeddedInterface(xt, sel))) {
        // Interface method call: look up the dynamic type's method.
        const recv = sel.index.length > 1 ? this.methodRecvIface(fun.x, sel) : this.expr(fun.x);
        const t = this.tmp();
        fn = `((${t}) => methodOf(${t}, ${JSON.stringify(f.name)}).bind(null, ${t}.v))(${recv})`;
        if (/^[A-Za-z_$][\w$]*$/.test(recv)) {
          fn = `methodOf(${recv}, ${JSON.stringify(f.name)})`;
          pre.push(`${recv}.v`);
        }
      } else {
        fn = this.methodFn(f, this.methodRecvType(fun.x, sel), fun.sel);
        pre.push(this.methodRecv(fun.x, sel));
        this.staticCalls.add(f.origin ?? f);
      }
    } else {
      fn = this.expr(fun);
      const id = fun.kind === 'Ident' ? fun : fun.kind === 'SelectorExpr' ? fun.sel : fun.kind === 'IndexExpr' && fun.x.kind === 'Ident' ? fun.x : null;
      const o = id !== null ? this.objOf(id) : undefined;
      if (o !== undefined && o.kind === 'Func') this.staticCalls.add(o.origin ?? o);
    }
    const rest = this.callArgs(e, sig);
    const args = [...pre, ...rest];
    const recvType = pre.length > 0 && fun.kind === 'SelectorExpr' ? ((this.unit.info.selections.get(fun.id)?.obj.type as Signature).recv?.type ?? null) : null;
    const types: (Type | null)[] = [...pre.map(() => recvType), ...rest.map((_, i) => (e.ellipsis < 0 && !sig.variadic && i < sig.params.vars.length ? sig.params.vars[i].type : null))];
    return { fn, args, types };
  }

  /**
   * The selection of x.f; inside a generic instance, a method selected through a type
   * parameter is resolved again on the type argument (monomorphisation).
   */
  private selection(e: ast.SelectorExpr): Selection | undefined {
    const sel = this.unit.info.selections.get(e.id);
    if (sel === undefined || this.subst === null) return sel;
    let raw = unalias(sel.recv);
    if (raw.kind === 'Pointer') raw = unalias(raw.elem);
    if (raw.kind !== 'TypeParam') return sel;
    const xt = this.typeOf(e.x);
    const r = lookupFieldOrMethod(xt, true, sel.obj.pkg, sel.obj.name);
    if (r.obj === null || r.index === null) return sel;
    return { kind: sel.kind, recv: xt, obj: r.obj, index: r.index, indirect: r.indirect, type: sel.type };
  }

  /** The type of the receiver expression after walking a selection's embedded fields. */
  private methodRecvType(x: ast.Expr, sel: Selection): Type {
    return this.recvPathType(this.typeOf(x), sel);
  }

  private recvPathType(xt: Type, sel: Selection): Type {
    let cur = xt;
    for (const fi of sel.index.slice(0, -1)) {
      let s = underlying(cur);
      if (s.kind === 'Pointer') s = underlying(s.elem);
      cur = (s as Struct).fields[fi].type;
    }
    return cur;
  }

  private embeddedInterface(xt: Type, sel: Selection): boolean {
    let cur = xt;
    for (const fi of sel.index.slice(0, -1)) {
      let s = underlying(cur);
      if (s.kind === 'Pointer') s = underlying(s.elem);
      cur = (s as Struct).fields[fi].type;
    }
    return isInterface(cur);
  }

  private methodRecvIface(x: ast.Expr, sel: Selection): string {
    return this.ifacePath(this.expr(x), this.typeOf(x), sel);
  }

  /** The embedded interface a method is promoted through, from a receiver `code` of type xt. */
  private ifacePath(code: string, xt: Type, sel: Selection): string {
    let cur: Type = xt;
    for (const fi of sel.index.slice(0, -1)) {
      let s = underlying(cur);
      if (s.kind === 'Pointer') s = underlying(s.elem);
      const st = s as Struct;
      code = `${code}.${fieldKey(st, fi)}`;
      cur = st.fields[fi].type;
    }
    return code;
  }

  private callArgs(e: ast.CallExpr, sig: Signature): string[] {
    const ps = sig.params.vars;
    const out: string[] = [];
    const a0t = e.args.length === 1 ? this.typeOf(e.args[0]) : null;
    if (a0t !== null && a0t.kind === 'Tuple' && a0t.vars.length > 1) {
      // f(g()) with a multi-value g.
      const tuple = this.typeOf(e.args[0]);
      const t = this.tmp();
      const n = (tuple as { vars: Var[] }).vars.length;
      const conv: string[] = [];
      for (let i = 0; i < n; i++) {
        const pt = sig.variadic && i >= ps.length - 1 ? (underlying(ps[ps.length - 1].type) as { elem: Type }).elem : ps[i].type;
        conv.push(this.convert(`${t}[${i}]`, tupleAt(tuple, i), pt));
      }
      if (sig.variadic) {
        const fixed = conv.slice(0, ps.length - 1);
        const rest = conv.slice(ps.length - 1);
        return [`...((${t}) => [${fixed.join(', ')}${fixed.length ? ', ' : ''}${rest.length ? `new Slice([${rest.join(', ')}], 0, ${rest.length}, ${rest.length})` : 'null'}])(${this.expr(e.args[0])})`];
      }
      return [`...((${t}) => [${conv.join(', ')}])(${this.expr(e.args[0])})`];
    }
    if (sig.variadic && e.ellipsis < 0) {
      const nfixed = ps.length - 1;
      const et = (underlying(ps[nfixed].type) as { elem: Type }).elem;
      const codes = this.callsBeforeLoads(e.args, e.args.map((a, i) => this.valueAs(a, i < nfixed ? ps[i].type : et)));
      for (let i = 0; i < nfixed; i++) out.push(codes[i]);
      const rest = codes.slice(nfixed);
      out.push(rest.length === 0 ? 'null' : `new Slice([${rest.join(', ')}], 0, ${rest.length}, ${rest.length})`);
      return out;
    }
    if (sig.variadic && e.ellipsis >= 0 && ps.length === e.args.length) {
      const last = e.args[e.args.length - 1];
      const lt = underlying(this.typeOf(last));
      if (lt.kind === 'Basic') {
        // append([]byte, string...) is handled by the builtin; other functions cannot take it.
        this.unsupported(last.pos, 'string... argument');
      }
    }
    out.push(...this.callsBeforeLoads(e.args, e.args.map((a, i) => this.valueAs(a, ps[Math.min(i, ps.length - 1)].type))));
    return out;
  }

  /**
   * The codes of a list of operands evaluated left to right in JS, reordered as gc's order pass
   * does (go1.27 cmd/compile/internal/walk/order.go: each call is copied into a temporary
   * before the other operands are loaded): when an operand with a call follows a non-constant
   * operand without one, the operands with calls run first, in order, into temporaries, ahead
   * of the first operand's code.
   */
  private callsBeforeLoads(exprs: readonly ast.Expr[], codes: string[]): string[] {
    if (this.fn === null || this.fn.jsName === '$init' || exprs.length < 2) return codes;
    const calls = exprs.map((x) => this.hasCall(x));
    let needed = false, load = false;
    for (let i = 0; i < exprs.length && !needed; i++) {
      if (calls[i]) needed = load;
      else {
        const v = this.unit.info.types.get(exprs[i].id)?.value;
        if (v === null || v === undefined) load = true;
      }
    }
    if (!needed) return codes;
    const out = codes.slice();
    const pre: string[] = [];
    for (let i = 0; i < exprs.length; i++) {
      if (!calls[i]) continue;
      const q = this.qtemp();
      pre.push(`${q} = ${codes[i]}`);
      out[i] = q;
    }
    out[0] = `(${pre.join(', ')}, ${out[0]})`;
    return out;
  }

  private conversion(x: ast.Expr, to: Type): string {
    const from = this.typeOf(x);
    const tu = underlying(to), fu = underlying(from);
    const narrow = smallWrap[basicKind(tu)];
    if (narrow !== undefined && word64(from) !== null && this.fn !== null && this.fn.split.size > 0 && this.readsSplit(x)) {
      // Only the low word survives a narrowing conversion.
      const p = pair(this.pairHost, x, from);
      return p.pre.length === 0 ? narrow(p.l) : `(${p.pre.join(', ')}, ${narrow(p.l)})`;
    }
    const code = this.expr(x);
    if (isInterface(to)) return this.convert(isAggregateType(from) && this.needsCopy(x, false) ? `copyVal(${this.typeRef(from)}, ${code})` : code, from, to);
    if (fu.kind === 'Basic' && fu.basic === 'untyped nil') return 'null';
    const tk = basicKind(tu), fk = basicKind(fu);
    if (tu.kind === 'Basic' && fu.kind === 'Basic') {
      const intK = (k: Kind64): boolean => ['i64', 'u64', 'i32', 'u32', 'i16', 'u16', 'i8', 'u8'].includes(k);
      if (tk === 'str') {
        if (fk === 'str') return code;
        if (intK(fk)) return `runeToStr(${code})`;
      }
      if (intK(tk)) {
        const [bits, signed] = bitsOf(tk);
        if (intK(fk)) {
          if (fk === tk) return code;
          return `toInt(${code}, ${bits}, ${signed})`;
        }
        if (fk === 'f64' || fk === 'f32') return `floatToInt(${code}, ${bits}, ${signed})`;
      }
      if (tk === 'f64') {
        if (intK(fk)) return `toFloat(${code})`;
        return code;
      }
      if (tk === 'f32') {
        if (intK(fk)) return `f32(toFloat(${code}))`;
        return `f32(${code})`;
      }
      if (tk === 'bool') return code;
    }
    if (tu.kind === 'Basic' && tk === 'str' && fu.kind === 'Slice') {
      const ek = basicKind(fu.elem);
      return ek === 'u8' ? `bytesToStr(${code})` : `runesToStr(${code})`;
    }
    if (fu.kind === 'Slice' && tu.kind === 'Array') return `sliceToArray(${this.typeRef(tu)}, ${code})`;
    if (fu.kind === 'Slice' && tu.kind === 'Pointer') return `sliceToArrayPtr(${code}, ${(underlying(tu.elem) as { len: number }).len})`;
    if (tu.kind === 'Slice' && fu.kind === 'Basic') {
      const ek = basicKind(tu.elem);
      return ek === 'u8' ? `strToBytes(${code})` : `strToRunes(${code})`;
    }
    if (isAggregateType(to) && this.needsCopy(x, false)) return `copyVal(${this.typeRef(to)}, ${code})`;
    return code;
  }

  private builtin(e: ast.CallExpr): string {
    const fun = e.fun.kind === 'ParenExpr' ? e.fun.x : e.fun;
    const o = this.objOf(fun.kind === 'SelectorExpr' ? fun.sel : (fun as ast.Ident));
    const id = o !== undefined && o.kind === 'Builtin' ? o.id : '';
    const a = e.args;
    const t0 = a.length > 0 ? this.typeOf(a[0]) : null;
    // copy(f()), delete(f()), append(f()) with f returning several values.
    if (a.length === 1 && t0 !== null && t0.kind === 'Tuple' && (id === 'print' || id === 'println')) {
      const q = this.qtemp();
      const parts = t0.vars.map((v, i) => `[${this.typeRef(this.defaultType(v.type))}, ${q}[${i}]]`);
      return `(${q} = ${this.multiValue(a[0])}, printArgs(${id === 'println'}, [${parts.join(', ')}]))`;
    }
    if (a.length === 1 && t0 !== null && t0.kind === 'Tuple' && (id === 'copy' || id === 'delete' || id === 'append')) {
      const q = this.qtemp();
      const at = (i: number, to: Type): string => this.convert(`${q}[${i}]`, tupleAt(t0, i), to);
      const first = tupleAt(t0, 0);
      const elem = (underlying(first) as { elem: Type; key: Type }).elem;
      const key = (underlying(first) as { key: Type }).key;
      const n = t0.vars.length;
      const call = id === 'copy' ? `copySlice(${this.typeRef(elem)}, ${q}[0], ${q}[1])`
        : id === 'delete' ? (this.mapSteps() ? `(yield* mapdelete(${this.mapAlg(first)}, ${q}[0], ${at(1, key)}))` : `mdel(${q}[0], ${at(1, key)})`)
        : n === 1 ? `${q}[0]` : `appendValues(${this.typeRef(elem)}, ${q}[0], [${Array.from({ length: n - 1 }, (_, i) => at(i + 1, elem)).join(', ')}])`;
      return `(${q} = ${this.multiValue(a[0])}, ${call})`;
    }
    switch (id) {
      case 'len': {
        const u = underlying(t0!);
        // gc loads only the length word of a string or slice operand (+8).
        if (u.kind === 'Basic' || u.kind === 'Slice') this.noteNilFault(a[0], 8);
        if (u.kind === 'Basic') return `${this.expr(a[0])}.length`;
        if (u.kind === 'Slice') return `slen(${this.expr(a[0])})`;
        if (u.kind === 'Map') return `mlen(${this.expr(a[0])})`;
        // len(x) of an array is a constant unless x calls or receives (then x is evaluated).
        if (u.kind === 'Array') return this.hasCall(a[0]) ? `(${this.arrayForEffects(a[0])}, ${u.len})` : String(u.len);
        // len of a pointer to an array is its length even for nil (go test const4.go);
        // the operand is still evaluated for its calls and receives.
        if (u.kind === 'Pointer') return `(${this.expr(a[0])}, ${(underlying(u.elem) as { len: number }).len})`;
        if (u.kind === 'Chan') return `chanlen(${this.expr(a[0])})`;
        return this.unsupported(e.pos, 'len of this type');
      }
      case 'cap': {
        const u = underlying(t0!);
        // gc loads only the capacity word of a slice operand (+16).
        if (u.kind === 'Slice') this.noteNilFault(a[0], 16);
        if (u.kind === 'Slice') return `scap(${this.expr(a[0])})`;
        if (u.kind === 'Array') return this.hasCall(a[0]) ? `(${this.arrayForEffects(a[0])}, ${u.len})` : String(u.len);
        if (u.kind === 'Pointer') return `(${this.expr(a[0])}, ${(underlying(u.elem) as { len: number }).len})`;
        if (u.kind === 'Chan') return `chancap(${this.expr(a[0])})`;
        return this.unsupported(e.pos, 'cap of this type');
      }
      case 'append': {
        const st = this.typeOf(e);
        const elem = (underlying(st) as { elem: Type }).elem;
        const s = this.expr(a[0]);
        if (e.ellipsis >= 0) {
          const rest = a[1];
          if (underlying(this.typeOf(rest)).kind === 'Basic') return `appendStr(${this.typeRef(elem)}, ${s}, ${this.expr(rest)})`;
          return `appendSlice(${this.typeRef(elem)}, ${s}, ${this.expr(rest)})`;
        }
        if (a.length === 1) return s;
        if (a.length === 2) return `append1(${this.typeRef(elem)}, ${s}, ${this.valueAs(a[1], elem)})`;
        return `appendValues(${this.typeRef(elem)}, ${s}, [${a.slice(1).map((x) => this.valueAs(x, elem)).join(', ')}])`;
      }
      case 'copy':
        return `copySlice(${this.typeRef((underlying(t0!) as { elem: Type }).elem)}, ${this.expr(a[0])}, ${this.expr(a[1])})`;
      case 'delete': {
        const mt = underlying(t0!) as { key: Type };
        if (this.mapSteps()) return `(yield* mapdelete(${this.mapAlg(t0!)}, ${this.expr(a[0])}, ${this.valueAs(a[1], mt.key)}))`;
        return `mdel(${this.expr(a[0])}, ${this.valueAs(a[1], mt.key)})`;
      }
      case 'make': {
        const t = this.typeOf(a[0]);
        const u = underlying(t);
        if (u.kind === 'Slice') {
          const n = this.expr(a[1]);
          const c = a.length > 2 ? this.expr(a[2]) : n;
          return `makeSlice(${this.typeRef(t)}, ${n}, ${c})`;
        }
        if (u.kind === 'Map') {
          const hint = a.length > 1 ? `mapHint(${this.typeRef(t)}, ${this.expr(a[1])})` : '0';
          return `noteContainer(${this.typeRef(t)}, makeMap(${this.typeRef(u.key)}, ${this.typeRef(u.elem)}, ${hint}))`;
        }
        if (u.kind === 'Chan') return `noteContainer(${this.typeRef(t)}, makechan(${this.typeRef(t)}, ${a.length > 1 ? this.expr(a[1]) : '0'}))`;
        return this.unsupported(e.pos, 'make of this type');
      }
      case 'close':
        return `closechan(${this.expr(a[0])})`;
      case 'new': {
        if (this.tv(a[0]).mode === 'typexpr') return `newZero(${this.typeRef(this.typeOf(a[0]))})`;
        // go1.26 new(expr): a new variable holding the value (of its default type).
        const et = (underlying(this.typeOf(e)) as { elem: Type }).elem;
        const v = this.valueAs(a[0], et);
        return isAggregateType(et) ? `newLit(${this.typeRef(et)}, copyVal(${this.typeRef(et)}, ${v}))` : `newLit(${this.typeRef(et)}, new VarRef(${v}))`;
      }
      case 'panic':
        return `gopanic(${this.valueAs(a[0], { kind: 'Interface', methods: [], embeddeds: [], isComparable: false, implicit: false, tset: null })}, ${this.goVersion >= 21})`;
      case 'recover':
        return this.fn!.hasRecover ? 'gorecover($rec)' : 'gorecover(false)';
      case 'print': case 'println':
        return `printArgs(${id === 'println'}, [${a.map((x) => `[${this.typeRef(this.defaultType(this.typeOf(x)))}, ${this.expr(x)}]`).join(', ')}])`;
      case 'min': case 'max': {
        const t = this.typeOf(e);
        return `${id}Of(${JSON.stringify(basicKind(t))}, ${a.map((x) => this.valueAs(x, t)).join(', ')})`;
      }
      case 'clear': {
        const u = underlying(t0!);
        if (u.kind === 'Map') return this.mapSteps() ? `(yield* mapclear(${this.expr(a[0])}))` : `clearMap(${this.expr(a[0])})`;
        return `clearSlice(${this.typeRef((u as { elem: Type }).elem)}, ${this.expr(a[0])})`;
      }
      default:
        return this.unsupported(e.pos, `builtin ${id || 'function'}`);
    }
  }

}

function numLit(x: number): string {
  if (Object.is(x, -0)) return '-0';
  return x < 0 ? `(${x})` : String(x);
}

function tupleAt(t: Type, i: number): Type {
  return t.kind === 'Tuple' ? t.vars[i].type : t;
}

/** Visits every node of a function body (not entering nested function literals' own analysis). */
function scanBody(body: ast.BlockStmt, f: (n: ast.Node) => void): void {
  const visit = (n: ast.Node): void => {
    if (n.kind === 'FuncLit') return;
    f(n);
    eachChild(n, visit);
  };
  eachChild(body, visit);
}

function walk(n: ast.Node, f: (n: ast.Node) => void): void {
  f(n);
  eachChild(n, (c) => walk(c, f));
}

/** Children of a node in source order. */
export function eachChild(n: ast.Node, f: (c: ast.Node) => void): void {
  const g = (c: ast.Node | null | undefined): void => {
    if (c !== null && c !== undefined) f(c);
  };
  const gs = (cs: readonly ast.Node[] | null): void => {
    if (cs !== null) for (const c of cs) f(c);
  };
  switch (n.kind) {
    case 'BadExpr': case 'Ident': case 'BasicLit': case 'BadStmt': case 'EmptyStmt': case 'BadDecl':
      return;
    case 'Ellipsis': g(n.elt); return;
    case 'CompositeLit': g(n.type); gs(n.elts); return;
    case 'FuncLit': g(n.type); g(n.body); return;
    case 'ParenExpr': g(n.x); return;
    case 'SelectorExpr': g(n.x); g(n.sel); return;
    case 'IndexExpr': g(n.x); g(n.index); return;
    case 'IndexListExpr': g(n.x); gs(n.indices); return;
    case 'SliceExpr': g(n.x); g(n.low); g(n.high); g(n.max); return;
    case 'TypeAssertExpr': g(n.x); g(n.type); return;
    case 'CallExpr': g(n.fun); gs(n.args); return;
    case 'StarExpr': g(n.x); return;
    case 'UnaryExpr': g(n.x); return;
    case 'BinaryExpr': g(n.x); g(n.y); return;
    case 'KeyValueExpr': g(n.key); g(n.value); return;
    case 'ArrayType': g(n.len); g(n.elt); return;
    case 'StructType': g(n.fields); return;
    case 'FuncType': g(n.typeParams); g(n.params); g(n.results); return;
    case 'InterfaceType': g(n.methods); return;
    case 'MapType': g(n.key); g(n.value); return;
    case 'ChanType': g(n.value); return;
    case 'Field': gs(n.names); g(n.type); g(n.tag); return;
    case 'FieldList': gs(n.list); return;
    case 'DeclStmt': g(n.decl); return;
    case 'LabeledStmt': g(n.label); g(n.stmt); return;
    case 'ExprStmt': g(n.x); return;
    case 'SendStmt': g(n.chan); g(n.value); return;
    case 'IncDecStmt': g(n.x); return;
    case 'AssignStmt': gs(n.lhs); gs(n.rhs); return;
    case 'GoStmt': g(n.call); return;
    case 'DeferStmt': g(n.call); return;
    case 'ReturnStmt': gs(n.results); return;
    case 'BranchStmt': g(n.label); return;
    case 'BlockStmt': gs(n.list); return;
    case 'IfStmt': g(n.init); g(n.cond); g(n.body); g(n.else); return;
    case 'CaseClause': gs(n.list); gs(n.body); return;
    case 'SwitchStmt': g(n.init); g(n.tag); g(n.body); return;
    case 'TypeSwitchStmt': g(n.init); g(n.assign); g(n.body); return;
    case 'CommClause': g(n.comm); gs(n.body); return;
    case 'SelectStmt': g(n.body); return;
    case 'ForStmt': g(n.init); g(n.cond); g(n.post); g(n.body); return;
    case 'RangeStmt': gs(n.lhs); g(n.x); g(n.body); return;
    case 'ImportSpec': g(n.name); g(n.path); return;
    case 'ValueSpec': gs(n.names); g(n.type); gs(n.values); return;
    case 'TypeSpec': g(n.name); g(n.typeParams); g(n.type); return;
    case 'GenDecl': gs(n.specs); return;
    case 'FuncDecl': g(n.recv); g(n.name); g(n.type); g(n.body); return;
    case 'File': g(n.name); gs(n.decls); return;
    default:
      ast.assertNever(n);
  }
}

/**
 * An approximation of gc's inlining budget (go1.27 cmd/compile/internal/inline/inl.go:
 * inlineMaxBudget 80, inlineExtraCallCost 57): one unit per node, 57 per call that is not
 * a builtin or conversion; functions with defer, recover, closures or go statements are never
 * inlined here (a select statement is inlinable: go1.19+ inl.go hairyVisitor rejects only OGO,
 * ODEFER, ODCLTYPE and OTAILCALL among statements).
 */
/** Whether body calls f directly (a recursion cycle of one function). */
function callsItself(body: ast.BlockStmt, f: Func, info: Info): boolean {
  let found = false;
  scanBody(body, (n) => {
    if (!found && n.kind === 'CallExpr' && staticCallee(n, info) === f) found = true;
  });
  return found;
}

