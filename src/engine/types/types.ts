// Type representation of the checker, following go1.27 go/types (src/go/types/basic.go,
// named.go, pointer.go, slice.go, array.go, map.go, chan.go, struct.go, signature.go,
// interface.go, tuple.go, typeparam.go, alias.go, union.go, object.go, scope.go, api.go)
// and its twin cmd/compile/internal/types2, whose messages gc prints.
//
// Types, objects and scopes are plain mutable objects discriminated by `kind`. Identity
// of Named types, TypeParams and objects is JS object identity. See index.ts for the
// glossary and invariants. Helpers that need the checker's machinery (assignability,
// method lookup, interface satisfaction) live in predicates.ts and lookup.ts and are
// re-exported at the end of this file.

import type { ConstValue } from './constant.ts';

// ---------------------------------------------------------------------------
// Basic types

/** go/types BasicKind, as readable strings. byte and rune are Uint8/Int32 with other names. */
export type BasicKind =
  | 'invalid'
  | 'bool'
  | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64'
  | 'complex64' | 'complex128'
  | 'string'
  | 'unsafe.Pointer'
  | 'untyped bool' | 'untyped int' | 'untyped rune' | 'untyped float' | 'untyped complex'
  | 'untyped string' | 'untyped nil';

export interface Basic {
  kind: 'Basic';
  basic: BasicKind;
  /** Name as printed: `byte` and `rune` differ from their kinds' names. */
  name: string;
}

export interface Pointer {
  kind: 'Pointer';
  elem: Type;
}

export interface Slice {
  kind: 'Slice';
  elem: Type;
}

export interface ArrayT {
  kind: 'Array';
  /** Length; -1 when unknown (invalid length expression). */
  len: number;
  elem: Type;
}

export interface MapT {
  kind: 'Map';
  key: Type;
  elem: Type;
}

export type ChanDir = 'both' | 'send' | 'recv';

export interface Chan {
  kind: 'Chan';
  dir: ChanDir;
  elem: Type;
}

export interface Struct {
  kind: 'Struct';
  fields: Var[];
  /** Tags as decoded strings ('' when absent), parallel to fields. */
  tags: string[];
}

export interface Tuple {
  kind: 'Tuple';
  vars: Var[];
}

export interface Signature {
  kind: 'Signature';
  /** Receiver of a method (null for functions and method expressions' types). */
  recv: Var | null;
  /** Type parameters of a generic function. */
  typeParams: TypeParam[];
  /** Receiver type parameters of a method of a generic type. */
  recvTypeParams: TypeParam[];
  params: Tuple;
  results: Tuple;
  /** The last parameter is ...T (its type is recorded as []T). */
  variadic: boolean;
}

/** One term of a type set: `T` or `~T`. */
export interface Term {
  tilde: boolean;
  type: Type;
}

export interface Union {
  kind: 'Union';
  terms: Term[];
}

/** A computed type set: methods plus a set of terms (null terms = all types). */
export interface TypeSet {
  methods: Func[];
  /** null: no type restriction; [] : empty set. */
  terms: Term[] | null;
  comparable: boolean;
}

export interface Interface {
  kind: 'Interface';
  /** Explicitly declared methods. */
  methods: Func[];
  /** Embedded elements: interfaces, type terms, unions. */
  embeddeds: Type[];
  /** The built-in `comparable` interface. */
  isComparable: boolean;
  /** Implicit interface of a constraint literal `[T ~int]`. */
  implicit: boolean;
  /** Computed lazily by typeSet() in predicates.ts. */
  tset: TypeSet | null;
}

export interface Named {
  kind: 'Named';
  obj: TypeName;
  /** Underlying type; null while being resolved. */
  underlying: Type | null;
  /** Declared methods (for instances: the origin's methods, substituted lazily). */
  methods: Func[];
  typeParams: TypeParam[];
  /** Type arguments of an instance (empty for non-generic and origin types). */
  typeArgs: Type[];
  /** Generic origin of an instance, or itself. */
  orig: Named;
  /** Instantiated method cache for instances (parallel to orig.methods). */
  instMethods: (Func | null)[] | null;
}

export interface TypeParam {
  kind: 'TypeParam';
  obj: TypeName;
  /** Index in its type parameter list. */
  index: number;
  /** Constraint (an Interface after resolution, or a Named interface). */
  bound: Type;
  /** Unique id, for printing and maps. */
  id: number;
}

export interface Alias {
  kind: 'Alias';
  obj: TypeName;
  /** The aliased type (resolved lazily: null while being declared). */
  actual: Type | null;
}

export type Type =
  | Basic
  | Pointer
  | Slice
  | ArrayT
  | MapT
  | Chan
  | Struct
  | Tuple
  | Signature
  | Union
  | Interface
  | Named
  | TypeParam
  | Alias;

// ---------------------------------------------------------------------------
// Objects (go/types object.go)

export interface Package {
  path: string;
  name: string;
  scope: Scope;
  imports: Package[];
  /** Package-level initialization order (go/types Info.InitOrder). */
  initOrder: Initializer[];
  /** The go/types Info of the package's own source (stdlib packages too). */
  info: Info | null;
}

interface ObjBase {
  name: string;
  /** Byte offset of the declaring identifier (-1 for universe objects). */
  pos: number;
  /** Package of declaration; null for universe objects. */
  pkg: Package | null;
  /** Scope in which the object is declared (null for fields, methods, params before insertion). */
  parent: Scope | null;
  type: Type;
  /** Unique per checker run (declaration order); used for deterministic maps. */
  order: number;
}

export interface Var extends ObjBase {
  kind: 'Var';
  /** Struct field (isField) or variable/parameter. */
  isField: boolean;
  embedded: boolean;
  /** Set once the variable is read (for "declared and not used"). */
  used: boolean;
  /** Package-level variable. */
  isPkgVar: boolean;
  /** Parameter or result (never reported unused). */
  isParam: boolean;
  /** For instantiated fields/params: the generic origin. */
  origin: Var | null;
}

export interface Const extends ObjBase {
  kind: 'Const';
  value: ConstValue;
}

export interface TypeName extends ObjBase {
  kind: 'TypeName';
  /** Alias declaration `type A = T`. */
  isAlias: boolean;
}

export interface Func extends ObjBase {
  kind: 'Func';
  /** type is a Signature. */
  /** For instantiated methods/functions: the generic origin. */
  origin: Func | null;
  /** Declared without a body (stdlib natives). */
  hasBody: boolean;
  /** Method has a pointer receiver. */
  ptrRecv: boolean;
}

export interface PkgName extends ObjBase {
  kind: 'PkgName';
  imported: Package;
  used: boolean;
}

export type BuiltinId =
  | 'append' | 'cap' | 'clear' | 'close' | 'complex' | 'copy' | 'delete' | 'imag' | 'len'
  | 'make' | 'max' | 'min' | 'new' | 'panic' | 'print' | 'println' | 'real' | 'recover'
  | 'unsafe.Sizeof' | 'unsafe.Alignof' | 'unsafe.Offsetof' | 'unsafe.Add' | 'unsafe.Slice'
  | 'unsafe.String' | 'unsafe.StringData' | 'unsafe.SliceData';

export interface Builtin extends ObjBase {
  kind: 'Builtin';
  id: BuiltinId;
}

export interface Nil extends ObjBase {
  kind: 'Nil';
}

export interface Label extends ObjBase {
  kind: 'Label';
  used: boolean;
}

export type Obj = Var | Const | TypeName | Func | PkgName | Builtin | Nil | Label;

// ---------------------------------------------------------------------------
// Scopes (go/types scope.go)

export interface Scope {
  parent: Scope | null;
  elems: Map<string, Obj>;
  children: Scope[];
  /** Function scope (parameters and the body's top level share it). */
  isFunc: boolean;
  /** Byte extent of the scope in the source (-1 for universe/package). */
  pos: number;
  end: number;
}

export function newScope(parent: Scope | null, pos: number, end: number, isFunc = false): Scope {
  const s: Scope = { parent, elems: new Map(), children: [], isFunc, pos, end };
  if (parent !== null) parent.children.push(s);
  return s;
}

/** Scope.Lookup: only this scope. */
export function scopeLookup(s: Scope, name: string): Obj | undefined {
  return s.elems.get(name);
}

/** Scope.Insert: returns the existing object when name is taken, else inserts obj. */
export function scopeInsert(s: Scope, obj: Obj): Obj | undefined {
  const alt = s.elems.get(obj.name);
  if (alt !== undefined) return alt;
  s.elems.set(obj.name, obj);
  if (obj.parent === null) obj.parent = s;
  return undefined;
}

// ---------------------------------------------------------------------------
// Info (go/types api.go), keyed by AST node id

/** go/types operandMode. */
export type OperandMode =
  | 'invalid'
  | 'novalue'
  | 'builtin'
  | 'typexpr'
  | 'constant'
  | 'variable'
  | 'mapindex'
  | 'value'
  | 'nilvalue'
  | 'commaok'
  | 'commaerr';

export interface TypeAndValue {
  mode: OperandMode;
  type: Type;
  /** Constant value when mode is 'constant'. */
  value: ConstValue | null;
}

export type SelectionKind = 'FieldVal' | 'MethodVal' | 'MethodExpr';

export interface Selection {
  kind: SelectionKind;
  /** Type of x in x.f. */
  recv: Type;
  obj: Var | Func;
  /** Path of embedded field indices followed by the field/method index. */
  index: number[];
  /** A pointer indirection was needed to reach the field or method. */
  indirect: boolean;
  /** Type of the selector expression (method value signature without receiver). */
  type: Type;
}

export interface Instance {
  typeArgs: Type[];
  type: Type;
}

/** One package-level variable initialization (go/types Initializer). */
export interface Initializer {
  lhs: Var[];
  /** The initialization expression (a node of the checked file). */
  rhs: import('../frontend/ast.ts').Expr;
}

export interface Info {
  /** Expressions (incl. type expressions) → mode, type, constant value. */
  types: Map<number, TypeAndValue>;
  /** Declaring identifiers → object (null for `_` and the package name). */
  defs: Map<number, Obj | null>;
  /** Using identifiers → object. */
  uses: Map<number, Obj>;
  /** Implicitly declared objects: ImportSpec (unnamed) → PkgName, CaseClause of a type switch → Var, Field (anonymous) → Var. */
  implicits: Map<number, Obj>;
  /** SelectorExpr id → selection (absent for qualified identifiers pkg.Name). */
  selections: Map<number, Selection>;
  /** Ident of a generic function/type used with (explicit or inferred) type arguments. */
  instances: Map<number, Instance>;
  /** Node id (File, FuncType, BlockStmt, IfStmt, ForStmt, ..., CaseClause) → scope. */
  scopes: Map<number, Scope>;
  /** Package-level initialization order. */
  initOrder: Initializer[];
  /** The checked package. */
  pkg: Package | null;
  /** Language version the file was checked for (loop variable semantics are CORE's). */
  goVersion: string;
}

export function newInfo(goVersion: string): Info {
  return {
    types: new Map(),
    defs: new Map(),
    uses: new Map(),
    implicits: new Map(),
    selections: new Map(),
    instances: new Map(),
    scopes: new Map(),
    initOrder: [],
    pkg: null,
    goVersion,
  };
}

// ---------------------------------------------------------------------------
// Constructors and the universe's basic types

function basic(kind: BasicKind, name: string = kind): Basic {
  return { kind: 'Basic', basic: kind, name };
}

export const Typ = {
  Invalid: basic('invalid', 'invalid type'),
  Bool: basic('bool'),
  Int: basic('int'),
  Int8: basic('int8'),
  Int16: basic('int16'),
  Int32: basic('int32'),
  Int64: basic('int64'),
  Uint: basic('uint'),
  Uint8: basic('uint8'),
  Uint16: basic('uint16'),
  Uint32: basic('uint32'),
  Uint64: basic('uint64'),
  Uintptr: basic('uintptr'),
  Float32: basic('float32'),
  Float64: basic('float64'),
  Complex64: basic('complex64'),
  Complex128: basic('complex128'),
  String: basic('string'),
  UnsafePointer: basic('unsafe.Pointer', 'unsafe.Pointer'),
  UntypedBool: basic('untyped bool'),
  UntypedInt: basic('untyped int'),
  UntypedRune: basic('untyped rune'),
  UntypedFloat: basic('untyped float'),
  UntypedComplex: basic('untyped complex'),
  UntypedString: basic('untyped string'),
  UntypedNil: basic('untyped nil'),
  Byte: basic('uint8', 'byte'),
  Rune: basic('int32', 'rune'),
} as const;

export const emptyTuple: Tuple = { kind: 'Tuple', vars: [] };

export function newTuple(vars: Var[]): Tuple {
  return vars.length === 0 ? emptyTuple : { kind: 'Tuple', vars };
}

let nextOrder = 1;
/** Object creation order (stable across a run). */
export function nextObjOrder(): number {
  return nextOrder++;
}

export function newVar(name: string, pos: number, pkg: Package | null, type: Type, opts: Partial<Var> = {}): Var {
  return {
    kind: 'Var', name, pos, pkg, parent: null, type, order: nextObjOrder(),
    isField: false, embedded: false, used: false, isPkgVar: false, isParam: false, origin: null,
    ...opts,
  };
}

export function newFunc(name: string, pos: number, pkg: Package | null, sig: Signature): Func {
  return { kind: 'Func', name, pos, pkg, parent: null, type: sig, order: nextObjOrder(), origin: null, hasBody: true, ptrRecv: false };
}

export function newTypeName(name: string, pos: number, pkg: Package | null, type: Type, isAlias = false): TypeName {
  return { kind: 'TypeName', name, pos, pkg, parent: null, type, order: nextObjOrder(), isAlias };
}

export function newSignature(params: Var[], results: Var[], variadic: boolean): Signature {
  return { kind: 'Signature', recv: null, typeParams: [], recvTypeParams: [], params: newTuple(params), results: newTuple(results), variadic };
}

export function newInterface(methods: Func[], embeddeds: Type[]): Interface {
  return { kind: 'Interface', methods, embeddeds, isComparable: false, implicit: false, tset: null };
}

export function newNamed(obj: TypeName, underlying: Type | null): Named {
  const n: Named = {
    kind: 'Named', obj, underlying, methods: [], typeParams: [], typeArgs: [],
    orig: null as unknown as Named, instMethods: null,
  };
  n.orig = n;
  obj.type = n;
  return n;
}

let nextTypeParamId = 1;
export function newTypeParam(obj: TypeName, index: number, bound: Type): TypeParam {
  const t: TypeParam = { kind: 'TypeParam', obj, index, bound, id: nextTypeParamId++ };
  obj.type = t;
  return t;
}

// ---------------------------------------------------------------------------
// Structure helpers

/** Unalias: follows alias chains to the actual type. */
export function unalias(t: Type): Type {
  while (t.kind === 'Alias') {
    if (t.actual === null) return Typ.Invalid;
    t = t.actual;
  }
  return t;
}

/** Type.Underlying(): for a TypeParam its own type (as go/types does). */
export function underlying(t: Type): Type {
  t = unalias(t);
  if (t.kind === 'Named') {
    let u = t.underlying;
    if (u === null && t.typeArgs.length > 0 && expandHook !== null) u = expandHook(t);
    return u === null ? Typ.Invalid : u;
  }
  return t;
}

/** Hook set by lookup.ts: expands an instance's underlying type on first use. */
let expandHook: ((t: Named) => Type | null) | null = null;
export function setExpandHook(f: (t: Named) => Type | null): void {
  expandHook = f;
}

export function isTypeParam(t: Type): t is TypeParam {
  return unalias(t).kind === 'TypeParam';
}

export function isNamed(t: Type): boolean {
  const u = unalias(t);
  return u.kind === 'Named' || u.kind === 'Basic' || u.kind === 'TypeParam';
}

const intKinds = new Set<BasicKind>([
  'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr',
  'untyped int', 'untyped rune',
]);
const unsignedKinds = new Set<BasicKind>(['uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr']);
const floatKinds = new Set<BasicKind>(['float32', 'float64', 'untyped float']);
const complexKinds = new Set<BasicKind>(['complex64', 'complex128', 'untyped complex']);

export function basicOf(t: Type): Basic | null {
  const u = underlying(t);
  return u.kind === 'Basic' ? u : null;
}

export function isBasicKindInteger(k: BasicKind): boolean {
  return intKinds.has(k);
}
export function isBasicKindUnsigned(k: BasicKind): boolean {
  return unsignedKinds.has(k);
}
export function isBasicKindFloat(k: BasicKind): boolean {
  return floatKinds.has(k);
}
export function isBasicKindComplex(k: BasicKind): boolean {
  return complexKinds.has(k);
}
export function isBasicKindNumeric(k: BasicKind): boolean {
  return intKinds.has(k) || floatKinds.has(k) || complexKinds.has(k);
}
export function isBasicKindString(k: BasicKind): boolean {
  return k === 'string' || k === 'untyped string';
}
export function isBasicKindBoolean(k: BasicKind): boolean {
  return k === 'bool' || k === 'untyped bool';
}
export function isBasicKindUntyped(k: BasicKind): boolean {
  return k.startsWith('untyped');
}

function basicPred(t: Type, p: (k: BasicKind) => boolean): boolean {
  const b = basicOf(t);
  return b !== null && p(b.basic);
}

export const isInteger = (t: Type): boolean => basicPred(t, isBasicKindInteger);
export const isUnsigned = (t: Type): boolean => basicPred(t, isBasicKindUnsigned);
export const isFloat = (t: Type): boolean => basicPred(t, isBasicKindFloat);
export const isComplex = (t: Type): boolean => basicPred(t, isBasicKindComplex);
export const isNumeric = (t: Type): boolean => basicPred(t, isBasicKindNumeric);
export const isString = (t: Type): boolean => basicPred(t, isBasicKindString);
export const isBoolean = (t: Type): boolean => basicPred(t, isBasicKindBoolean);
/** Untyped basic type (untyped int, untyped nil, ...). Type parameters are never untyped. */
export function isUntyped(t: Type): boolean {
  const u = unalias(t);
  return u.kind === 'Basic' && isBasicKindUntyped(u.basic);
}
export function isTyped(t: Type): boolean {
  return !isUntyped(t);
}
export function isInvalid(t: Type): boolean {
  const u = unalias(t);
  return u.kind === 'Basic' && u.basic === 'invalid';
}
export function isInterface(t: Type): boolean {
  return underlying(t).kind === 'Interface' && !isTypeParam(t);
}
/** Types whose values are constants: booleans, numbers, strings. */
export function isConstType(t: Type): boolean {
  const b = basicOf(t);
  return b !== null && (isBasicKindBoolean(b.basic) || isBasicKindNumeric(b.basic) || isBasicKindString(b.basic));
}

// ---------------------------------------------------------------------------
// Identity (go/types predicates.go identical)

export function identical(x: Type, y: Type): boolean {
  return identicalP(x, y, null);
}

interface IfacePair {
  x: Interface;
  y: Interface;
  prev: IfacePair | null;
}

function identicalP(x: Type, y: Type, p: IfacePair | null): boolean {
  x = unalias(x);
  y = unalias(y);
  if (x === y) return true;
  switch (x.kind) {
    case 'Basic':
      return y.kind === 'Basic' && x.basic === y.basic;
    case 'Array':
      return y.kind === 'Array' && x.len === y.len && identicalP(x.elem, y.elem, p);
    case 'Slice':
      return y.kind === 'Slice' && identicalP(x.elem, y.elem, p);
    case 'Pointer':
      return y.kind === 'Pointer' && identicalP(x.elem, y.elem, p);
    case 'Map':
      return y.kind === 'Map' && identicalP(x.key, y.key, p) && identicalP(x.elem, y.elem, p);
    case 'Chan':
      return y.kind === 'Chan' && x.dir === y.dir && identicalP(x.elem, y.elem, p);
    case 'Struct': {
      if (y.kind !== 'Struct' || x.fields.length !== y.fields.length) return false;
      for (let i = 0; i < x.fields.length; i++) {
        const f = x.fields[i];
        const g = y.fields[i];
        if (f.embedded !== g.embedded || x.tags[i] !== y.tags[i] || !sameId(f, g) || !identicalP(f.type, g.type, p)) return false;
      }
      return true;
    }
    case 'Tuple': {
      if (y.kind !== 'Tuple' || x.vars.length !== y.vars.length) return false;
      for (let i = 0; i < x.vars.length; i++) if (!identicalP(x.vars[i].type, y.vars[i].type, p)) return false;
      return true;
    }
    case 'Signature': {
      if (y.kind !== 'Signature') return false;
      if (x.typeParams.length !== y.typeParams.length || x.variadic !== y.variadic) return false;
      if (x.typeParams.length > 0) {
        // Generic signatures are identical when their type parameters correspond; compare
        // structurally under the positional correspondence (sufficient for our uses).
        for (let i = 0; i < x.typeParams.length; i++) if (!identicalP(x.typeParams[i].bound, y.typeParams[i].bound, p)) return false;
      }
      return identicalP(x.params, y.params, p) && identicalP(x.results, y.results, p);
    }
    case 'Union': {
      if (y.kind !== 'Union' || x.terms.length !== y.terms.length) return false;
      return x.terms.every((t) => y.terms.some((u) => u.tilde === t.tilde && identicalP(t.type, u.type, p)));
    }
    case 'Interface': {
      if (y.kind !== 'Interface') return false;
      if (x.isComparable !== y.isComparable) return false;
      const xs = interfaceMethodsForIdentity(x);
      const ys = interfaceMethodsForIdentity(y);
      if (xs.methods.length !== ys.methods.length) return false;
      if ((xs.terms === null) !== (ys.terms === null)) return false;
      if (xs.terms !== null && ys.terms !== null) {
        if (xs.terms.length !== ys.terms.length) return false;
        if (!xs.terms.every((t) => ys.terms!.some((u) => u.tilde === t.tilde && identicalP(t.type, u.type, p)))) return false;
      }
      for (let q = p; q !== null; q = q.prev) {
        if ((q.x === x && q.y === y) || (q.x === y && q.y === x)) return true;
      }
      const np: IfacePair = { x, y, prev: p };
      const ym = new Map(ys.methods.map((m) => [methodKey(m), m]));
      for (const m of xs.methods) {
        const n = ym.get(methodKey(m));
        if (n === undefined || !identicalP(m.type, n.type, np)) return false;
      }
      return true;
    }
    case 'Named': {
      if (y.kind !== 'Named') return false;
      if (x.typeArgs.length > 0 || y.typeArgs.length > 0) {
        if (x.orig !== y.orig || x.typeArgs.length !== y.typeArgs.length) return false;
        for (let i = 0; i < x.typeArgs.length; i++) if (!identicalP(x.typeArgs[i], y.typeArgs[i], p)) return false;
        return true;
      }
      return false;
    }
    case 'TypeParam':
      return false;
    case 'Alias':
      return false;
    default:
      return assertNeverType(x);
  }
}

/** Unique key of a method or field name: exported names are global, others package-local. */
export function methodKey(o: { name: string; pkg: Package | null }): string {
  const c = o.name.charCodeAt(0);
  const exported = c >= 65 && c <= 90;
  return exported || o.pkg === null ? o.name : o.pkg.path + '.' + o.name;
}

function sameId(a: Var, b: Var): boolean {
  return methodKey(a) === methodKey(b);
}

/** Hook set by predicates.ts: the interface's full method set and terms. */
let typeSetHook: ((t: Interface) => TypeSet) | null = null;
export function setTypeSetHook(f: (t: Interface) => TypeSet): void {
  typeSetHook = f;
}
function interfaceMethodsForIdentity(t: Interface): TypeSet {
  if (typeSetHook !== null) return typeSetHook(t);
  return { methods: t.methods, terms: null, comparable: t.isComparable };
}

export function assertNeverType(x: never): never {
  throw new Error('unexpected type: ' + JSON.stringify((x as { kind?: unknown })?.kind));
}

// ---------------------------------------------------------------------------
// Printing as gc prints types in messages (go1.27 types2 typestring.go)

/** Decides how a package is written before a type name ('' = unqualified). */
export type Qualifier = (pkg: Package) => string;

export function typeString(t: Type, qf: Qualifier | null = null): string {
  const w: string[] = [];
  writeType(w, t, qf, []);
  return w.join('');
}

function writeType(w: string[], t: Type, qf: Qualifier | null, seen: Type[]): void {
  if (seen.includes(t)) {
    w.push('○');
    return;
  }
  switch (t.kind) {
    case 'Basic':
      w.push(t.name);
      return;
    case 'Pointer':
      w.push('*');
      writeType(w, t.elem, qf, seen);
      return;
    case 'Slice':
      w.push('[]');
      writeType(w, t.elem, qf, seen);
      return;
    case 'Array':
      w.push('[' + (t.len < 0 ? 'unknown' : String(t.len)) + ']');
      writeType(w, t.elem, qf, seen);
      return;
    case 'Map':
      w.push('map[');
      writeType(w, t.key, qf, seen);
      w.push(']');
      writeType(w, t.elem, qf, seen);
      return;
    case 'Chan': {
      let parens = false;
      if (t.dir === 'both') {
        w.push('chan ');
        const e = unalias(t.elem);
        if (e.kind === 'Chan' && e.dir === 'recv') parens = true;
      } else if (t.dir === 'send') w.push('chan<- ');
      else w.push('<-chan ');
      if (parens) w.push('(');
      writeType(w, t.elem, qf, seen);
      if (parens) w.push(')');
      return;
    }
    case 'Struct': {
      w.push('struct{');
      t.fields.forEach((f, i) => {
        if (i > 0) w.push('; ');
        if (!f.embedded) w.push(f.name + ' ');
        writeType(w, f.type, qf, seen);
        if (t.tags[i] !== '') w.push(' ' + JSON.stringify(t.tags[i]));
      });
      w.push('}');
      return;
    }
    case 'Tuple':
      writeTuple(w, t, false, qf, seen);
      return;
    case 'Signature':
      w.push('func');
      writeSignature(w, t, qf, seen);
      return;
    case 'Union':
      t.terms.forEach((term, i) => {
        if (i > 0) w.push(' | ');
        if (term.tilde) w.push('~');
        writeType(w, term.type, qf, seen);
      });
      return;
    case 'Interface': {
      if (t.isComparable) {
        w.push('comparable');
        return;
      }
      if (t.implicit && t.methods.length === 0 && t.embeddeds.length === 1) {
        writeType(w, t.embeddeds[0], qf, seen);
        return;
      }
      w.push('interface{');
      let first = true;
      const s2 = [...seen, t];
      for (const m of t.methods) {
        if (!first) w.push('; ');
        first = false;
        w.push(m.name);
        writeSignature(w, m.type as Signature, qf, s2);
      }
      for (const e of t.embeddeds) {
        if (!first) w.push('; ');
        first = false;
        writeType(w, e, qf, s2);
      }
      w.push('}');
      return;
    }
    case 'Named': {
      writeTypeName(w, t.obj, qf);
      if (t.typeArgs.length > 0) {
        w.push('[');
        t.typeArgs.forEach((a, i) => {
          if (i > 0) w.push(',');
          writeType(w, a, qf, seen);
        });
        w.push(']');
      }
      return;
    }
    case 'TypeParam':
      w.push(t.obj.name);
      return;
    case 'Alias':
      writeTypeName(w, t.obj, qf);
      return;
    default:
      assertNeverType(t);
  }
}

function writeTypeName(w: string[], obj: TypeName, qf: Qualifier | null): void {
  if (obj.pkg !== null) {
    const q = qf !== null ? qf(obj.pkg) : obj.pkg.name;
    if (q !== '') w.push(q + '.');
  }
  w.push(obj.name);
}

function writeTuple(w: string[], t: Tuple, variadic: boolean, qf: Qualifier | null, seen: Type[]): void {
  w.push('(');
  t.vars.forEach((v, i) => {
    if (i > 0) w.push(', ');
    if (v.name !== '') w.push(v.name + ' ');
    if (variadic && i === t.vars.length - 1) {
      const u = unalias(v.type);
      if (u.kind === 'Slice') {
        w.push('...');
        writeType(w, u.elem, qf, seen);
        return;
      }
    }
    writeType(w, v.type, qf, seen);
  });
  w.push(')');
}

/** Writes `[P any](params) results` (without `func`). */
export function writeSignature(w: string[], sig: Signature, qf: Qualifier | null, seen: Type[]): void {
  if (sig.typeParams.length > 0) {
    w.push('[');
    sig.typeParams.forEach((tp, i) => {
      if (i > 0) w.push(', ');
      w.push(tp.obj.name + ' ');
      writeType(w, tp.bound, qf, seen);
    });
    w.push(']');
  }
  writeTuple(w, sig.params, sig.variadic, qf, seen);
  const n = sig.results.vars.length;
  if (n === 0) return;
  w.push(' ');
  if (n === 1 && sig.results.vars[0].name === '') {
    writeType(w, sig.results.vars[0].type, qf, seen);
    return;
  }
  writeTuple(w, sig.results, false, qf, seen);
}

export function signatureString(sig: Signature, qf: Qualifier | null = null): string {
  const w: string[] = [];
  writeSignature(w, sig, qf, []);
  return w.join('');
}
