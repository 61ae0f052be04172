// Type sets, substitution, instantiation, field and method lookup, following go1.27
// types2 typeset.go, subst.go, instantiate.go, lookup.go (lookupFieldOrMethodImpl,
// missingMethod) and predicates.go (comparableType).

import type {
  Func, Interface, Named, Package, Signature, Term, Tuple, Type, TypeParam, TypeSet, Var,
} from './types.ts';
import {
  Typ, assertNeverType, identical, methodKey, newTuple, newVar, setTypeSetHook, setExpandHook, underlying, unalias,
} from './types.ts';

// ---------------------------------------------------------------------------
// Type sets

const universeTerms: null = null;

/** The type set of an interface: all methods (incl. embedded) and the term intersection. */
export function typeSet(t: Interface): TypeSet {
  if (t.tset !== null) return t.tset;
  // Guard against cycles: provisional empty set.
  t.tset = { methods: [], terms: universeTerms, comparable: t.isComparable };
  const methods: Func[] = [];
  const seen = new Map<string, Func>();
  const add = (m: Func): void => {
    const k = methodKey(m);
    if (!seen.has(k)) {
      seen.set(k, m);
      methods.push(m);
    }
  };
  for (const m of t.methods) add(m);
  let terms: Term[] | null = universeTerms;
  let comparable = t.isComparable;
  for (const e of t.embeddeds) {
    const u = underlying(e);
    let eterms: Term[] | null;
    if (u.kind === 'Interface') {
      const ts = typeSet(u);
      for (const m of ts.methods) add(m);
      if (ts.comparable) comparable = true;
      eterms = ts.terms;
    } else if (u.kind === 'Union') {
      eterms = [];
      for (const term of u.terms) {
        const tu = underlying(term.type);
        if (tu.kind === 'Interface' && !term.tilde) {
          const ts = typeSet(tu);
          if (ts.terms === null) {
            eterms = null;
            break;
          }
          eterms.push(...ts.terms);
        } else eterms.push(term);
      }
    } else {
      eterms = [{ tilde: false, type: e }];
    }
    terms = intersectTerms(terms, eterms);
  }
  methods.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  t.tset = { methods, terms, comparable };
  return t.tset;
}
setTypeSetHook(typeSet);

function termIncludes(x: Term, t: Type): boolean {
  if (x.tilde) return identical(underlying(x.type), underlying(t));
  return identical(x.type, t);
}

function intersectTerms(a: Term[] | null, b: Term[] | null): Term[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const out: Term[] = [];
  for (const x of a) {
    for (const y of b) {
      if (x.tilde && y.tilde) {
        if (identical(underlying(x.type), underlying(y.type))) out.push(x);
      } else if (x.tilde) {
        if (termIncludes(x, y.type)) out.push(y);
      } else if (y.tilde) {
        if (termIncludes(y, x.type)) out.push(x);
      } else if (identical(x.type, y.type)) out.push(x);
    }
  }
  return out;
}

/** Whether type t is in the term list (null = all types). */
export function termsInclude(terms: Term[] | null, t: Type): boolean {
  if (terms === null) return true;
  return terms.some((x) => termIncludes(x, t));
}

/** The type set of a type parameter's constraint. */
export function tparamTypeSet(tp: TypeParam): TypeSet {
  const u = underlying(tp.bound);
  if (u.kind === 'Interface') return typeSet(u);
  return { methods: [], terms: null, comparable: false };
}

/**
 * Core type (go1.27 types2 under.go coreType): the underlying type, or for a type
 * parameter the single underlying type of all its terms (null if none).
 */
export function coreType(t: Type): Type | null {
  const u = unalias(t);
  if (u.kind !== 'TypeParam') return underlying(u);
  const ts = tparamTypeSet(u);
  if (ts.terms === null || ts.terms.length === 0) return null;
  let cu: Type | null = null;
  for (const term of ts.terms) {
    const tu = underlying(term.type);
    if (cu === null) cu = tu;
    else if (!identical(cu, tu)) {
      // channels with differing directions are handled by callers; be strict here
      return null;
    }
  }
  return cu;
}

// ---------------------------------------------------------------------------
// Substitution and instantiation

export type SubstMap = Map<TypeParam, Type>;

export function makeSubstMap(tps: readonly TypeParam[], targs: readonly Type[]): SubstMap {
  const m: SubstMap = new Map();
  for (let i = 0; i < tps.length && i < targs.length; i++) m.set(tps[i], targs[i]);
  return m;
}

/** A key identifying a type structurally (for instance caches). */
export function typeKey(t: Type): string {
  switch (t.kind) {
    case 'Basic':
      return t.basic;
    case 'Pointer':
      return '*' + typeKey(t.elem);
    case 'Slice':
      return '[]' + typeKey(t.elem);
    case 'Array':
      return `[${t.len}]` + typeKey(t.elem);
    case 'Map':
      return `map[${typeKey(t.key)}]` + typeKey(t.elem);
    case 'Chan':
      return `chan(${t.dir})` + typeKey(t.elem);
    case 'Struct':
      return 'struct{' + t.fields.map((f, i) => `${f.embedded ? '>' : ''}${methodKey(f)} ${typeKey(f.type)} ${JSON.stringify(t.tags[i])}`).join(';') + '}';
    case 'Tuple':
      return '(' + t.vars.map((v) => typeKey(v.type)).join(',') + ')';
    case 'Signature':
      return `func${t.variadic ? '...' : ''}` + typeKey(t.params) + typeKey(t.results);
    case 'Union':
      return t.terms.map((x) => (x.tilde ? '~' : '') + typeKey(x.type)).join('|');
    case 'Interface':
      return `iface#${ifaceId(t)}`;
    case 'Named':
      // order alone is not unique for types declared inside functions: name and position too.
      return `N${t.obj.order}.${t.obj.pkg?.path ?? ""}.${t.obj.name}@${t.obj.pos}` + (t.typeArgs.length > 0 ? '[' + t.typeArgs.map(typeKey).join(',') + ']' : '');
    case 'TypeParam':
      return `P${t.id}`;
    case 'Alias':
      return typeKey(unalias(t));
    default:
      return assertNeverType(t);
  }
}

const ifaceIds = new WeakMap<Interface, number>();
let nextIfaceId = 1;
function ifaceId(t: Interface): number {
  let id = ifaceIds.get(t);
  if (id === undefined) {
    id = nextIfaceId++;
    ifaceIds.set(t, id);
  }
  return id;
}

export function subst(t: Type, m: SubstMap): Type {
  if (m.size === 0) return t;
  switch (t.kind) {
    case 'Basic':
      return t;
    case 'TypeParam':
      return m.get(t) ?? t;
    case 'Pointer': {
      const e = subst(t.elem, m);
      return e === t.elem ? t : { kind: 'Pointer', elem: e };
    }
    case 'Slice': {
      const e = subst(t.elem, m);
      return e === t.elem ? t : { kind: 'Slice', elem: e };
    }
    case 'Array': {
      const e = subst(t.elem, m);
      return e === t.elem ? t : { kind: 'Array', len: t.len, elem: e };
    }
    case 'Map': {
      const k = subst(t.key, m);
      const e = subst(t.elem, m);
      return k === t.key && e === t.elem ? t : { kind: 'Map', key: k, elem: e };
    }
    case 'Chan': {
      const e = subst(t.elem, m);
      return e === t.elem ? t : { kind: 'Chan', dir: t.dir, elem: e };
    }
    case 'Struct': {
      let changed = false;
      const fields = t.fields.map((f) => {
        const ft = subst(f.type, m);
        if (ft === f.type) return f;
        changed = true;
        return { ...f, type: ft, origin: f.origin ?? f };
      });
      return changed ? { kind: 'Struct', fields, tags: t.tags } : t;
    }
    case 'Tuple':
      return substTuple(t, m);
    case 'Signature': {
      const params = substTuple(t.params, m);
      const results = substTuple(t.results, m);
      if (params === t.params && results === t.results) return t;
      return { ...t, params, results, typeParams: t.typeParams.filter((p) => !m.has(p)) };
    }
    case 'Union': {
      let changed = false;
      const terms = t.terms.map((x) => {
        const y = subst(x.type, m);
        if (y !== x.type) changed = true;
        return { tilde: x.tilde, type: y };
      });
      return changed ? { kind: 'Union', terms } : t;
    }
    case 'Interface': {
      let changed = false;
      const methods = t.methods.map((f) => {
        const s = subst(f.type, m);
        if (s === f.type) return f;
        changed = true;
        return { ...f, type: s, origin: f.origin ?? f };
      });
      const embeddeds = t.embeddeds.map((e) => {
        const s = subst(e, m);
        if (s !== e) changed = true;
        return s;
      });
      if (!changed) return t;
      return { kind: 'Interface', methods, embeddeds, isComparable: t.isComparable, implicit: t.implicit, tset: null };
    }
    case 'Named': {
      if (t.typeArgs.length === 0) return t;
      let changed = false;
      const args = t.typeArgs.map((a) => {
        const s = subst(a, m);
        if (s !== a) changed = true;
        return s;
      });
      return changed ? instantiateNamed(t.orig, args) : t;
    }
    case 'Alias':
      return subst(unalias(t), m);
    default:
      return assertNeverType(t);
  }
}

function substTuple(t: Tuple, m: SubstMap): Tuple {
  let changed = false;
  const vars = t.vars.map((v) => {
    const s = subst(v.type, m);
    if (s === v.type) return v;
    changed = true;
    return newVar(v.name, v.pos, v.pkg, s, { isParam: v.isParam, origin: v.origin ?? v });
  });
  return changed ? newTuple(vars) : t;
}

const instanceCache = new Map<string, Named>();

/** Instantiates a generic Named type (its underlying type is expanded lazily). */
export function instantiateNamed(orig: Named, targs: Type[]): Named {
  const key = `N${orig.obj.order}[` + targs.map(typeKey).join(',') + ']';
  const hit = instanceCache.get(key);
  if (hit !== undefined) return hit;
  const n: Named = {
    kind: 'Named', obj: orig.obj, underlying: null, methods: orig.methods, typeParams: orig.typeParams,
    typeArgs: targs, orig, instMethods: null,
  };
  instanceCache.set(key, n);
  return n;
}

/** Expands an instance's underlying type (hook used by underlying()). */
function expand(n: Named): Type | null {
  const o = n.orig;
  if (o.underlying === null) return null;
  n.underlying = subst(o.underlying, makeSubstMap(o.typeParams, n.typeArgs));
  return n.underlying;
}
setExpandHook(expand);

/** The i'th method of named type n, instantiated for instances. */
export function namedMethod(n: Named, i: number): Func {
  const o = n.orig;
  const m = o.methods[i];
  if (n.typeArgs.length === 0) return m;
  if (n.instMethods === null) n.instMethods = new Array<Func | null>(o.methods.length).fill(null);
  let im = n.instMethods[i];
  if (im === null || im === undefined) {
    const sig = m.type as Signature;
    const smap = makeSubstMap(sig.recvTypeParams, n.typeArgs);
    const s = subst(sig, smap) as Signature;
    const recv = sig.recv === null ? null : newVar(sig.recv.name, sig.recv.pos, sig.recv.pkg, subst(sig.recv.type, smap));
    im = { ...m, type: { ...s, recv, recvTypeParams: [] }, origin: m };
    n.instMethods[i] = im;
  }
  return im;
}

// ---------------------------------------------------------------------------
// Field and method lookup (lookup.go)

export interface LookupResult {
  obj: Var | Func | null;
  index: number[] | null;
  indirect: boolean;
}

function deref(t: Type): [Type, boolean] {
  const u = unalias(t);
  if (u.kind === 'Pointer') return [u.elem, true];
  return [t, false];
}

function sameName(o: { name: string; pkg: Package | null }, pkg: Package | null, name: string): boolean {
  if (o.name !== name) return false;
  const c = name.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return o.pkg === pkg || o.pkg === null || pkg === null || o.pkg.path === pkg.path;
}

interface Embedded {
  typ: Type;
  index: number[];
  indirect: boolean;
  multiples: boolean;
}

/**
 * LookupFieldOrMethod. obj null with index non-null: ambiguous selector; obj null,
 * index null, indirect true: method with pointer receiver on a non-addressable value.
 */
export function lookupFieldOrMethod(T: Type, addressable: boolean, pkg: Package | null, name: string): LookupResult {
  if (name === '_') return { obj: null, index: null, indirect: false };
  // a named pointer type has the fields, but not the methods, of its base type
  const nt = unalias(T);
  if (nt.kind === 'Named') {
    const u = underlying(nt);
    if (u.kind === 'Pointer') {
      const r = lookupFieldOrMethodImpl(u, false, pkg, name);
      if (r.obj !== null && r.obj.kind === 'Func') return { obj: null, index: null, indirect: false };
      return r;
    }
  }
  return lookupFieldOrMethodImpl(T, addressable, pkg, name);
}

function lookupFieldOrMethodImpl(T: Type, addressable: boolean, pkg: Package | null, name: string): LookupResult {
  const [typ0, isPtr] = deref(T);
  if (isPtr && underlying(typ0).kind === 'Interface' && unalias(typ0).kind !== 'TypeParam') {
    return { obj: null, index: null, indirect: false };
  }
  let current: Embedded[] = [{ typ: typ0, index: [], indirect: isPtr, multiples: false }];
  const seen = new Set<Named>();
  while (current.length > 0) {
    const next: Embedded[] = [];
    let obj: Var | Func | null = null;
    let index: number[] | null = null;
    let indirect = false;
    for (const e of current) {
      let typ = unalias(e.typ);
      if (typ.kind === 'Named') {
        if ([...seen].some((s) => identical(s, typ))) continue;
        seen.add(typ);
        const o = typ.orig;
        const i = o.methods.findIndex((m) => sameName(m, pkg, name));
        if (i >= 0) {
          if (obj !== null || e.multiples) return { obj: null, index: [...e.index, i], indirect: false };
          obj = namedMethod(typ, i);
          index = [...e.index, i];
          indirect = e.indirect;
          continue;
        }
      }
      if (typ.kind === 'TypeParam') {
        const ts = tparamTypeSet(typ);
        const i = ts.methods.findIndex((m) => sameName(m, pkg, name));
        if (i >= 0) {
          if (obj !== null || e.multiples) return { obj: null, index: [...e.index, i], indirect: false };
          obj = ts.methods[i];
          index = [...e.index, i];
          indirect = e.indirect;
        }
        continue;
      }
      typ = underlying(typ);
      if (typ.kind === 'Struct') {
        for (let i = 0; i < typ.fields.length; i++) {
          const f = typ.fields[i];
          if (sameName(f, pkg, name)) {
            if (obj !== null || e.multiples) return { obj: null, index: [...e.index, i], indirect: false };
            obj = f;
            index = [...e.index, i];
            indirect = e.indirect;
            continue;
          }
          if (obj === null && f.embedded) {
            const [ft, p] = deref(f.type);
            next.push({ typ: ft, index: [...e.index, i], indirect: e.indirect || p, multiples: e.multiples });
          }
        }
      } else if (typ.kind === 'Interface') {
        const ts = typeSet(typ);
        const i = ts.methods.findIndex((m) => sameName(m, pkg, name));
        if (i >= 0) {
          if (obj !== null || e.multiples) return { obj: null, index: [...e.index, i], indirect: false };
          obj = ts.methods[i];
          index = [...e.index, i];
          indirect = e.indirect;
        }
      }
    }
    if (obj !== null) {
      if (obj.kind === 'Func' && obj.ptrRecv && !indirect && !addressable) {
        return { obj: null, index: null, indirect: true };
      }
      return { obj, index, indirect };
    }
    current = consolidateMultiples(next);
  }
  return { obj: null, index: null, indirect: false };
}

function consolidateMultiples(list: Embedded[]): Embedded[] {
  if (list.length <= 1) return list;
  const out: Embedded[] = [];
  for (const e of list) {
    const j = out.findIndex((o) => identical(o.typ, e.typ));
    if (j >= 0) out[j].multiples = true;
    else out.push({ ...e });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Interface satisfaction (lookup.go missingMethod)

export interface MissingMethod {
  method: Func;
  /** 'missing' | 'ptrRecv' | 'wrongType' | 'unexported' | 'wrongName' */
  reason: 'missing' | 'ptrRecv' | 'wrongType' | 'notMethod';
  have: Func | null;
}

/** The first method of interface T (sorted by name) that V lacks, or null. */
export function missingMethod(V: Type, T: Interface, static_: boolean): MissingMethod | null {
  const methods = typeSet(T).methods;
  if (methods.length === 0) return null;
  const vu = underlying(V);
  if (vu.kind === 'Interface' && unalias(V).kind !== 'TypeParam') {
    const vms = typeSet(vu).methods;
    for (const m of methods) {
      const f = vms.find((x) => methodKey(x) === methodKey(m));
      if (f === undefined) {
        if (static_) return { method: m, reason: 'missing', have: null };
        continue;
      }
      if (!identical(f.type, m.type)) return { method: m, reason: 'wrongType', have: f };
    }
    return null;
  }
  for (const m of methods) {
    const r = lookupFieldOrMethod(V, false, m.pkg, m.name);
    if (r.obj === null) {
      if (r.indirect) {
        const r2 = lookupFieldOrMethod({ kind: 'Pointer', elem: V }, false, m.pkg, m.name);
        return { method: m, reason: 'ptrRecv', have: r2.obj?.kind === 'Func' ? r2.obj : null };
      }
      return { method: m, reason: 'missing', have: null };
    }
    if (r.obj.kind !== 'Func') return { method: m, reason: 'notMethod', have: null };
    const fs = r.obj.type as Signature;
    const ms = m.type as Signature;
    if (!identical(stripRecv(fs), stripRecv(ms))) return { method: m, reason: 'wrongType', have: r.obj };
  }
  return null;
}

function stripRecv(s: Signature): Signature {
  return s.recv === null ? s : { ...s, recv: null };
}

// ---------------------------------------------------------------------------
// Comparability (predicates.go)

/** Whether values of type t can be compared with == (strictly: type parameters need comparable). */
export function comparableType(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  const u0 = unalias(t);
  if (u0.kind === 'TypeParam') {
    const ts = tparamTypeSet(u0);
    if (ts.comparable) return true;
    if (ts.terms === null) return false;
    return ts.terms.length > 0 && ts.terms.every((x) => comparableType(x.type, seen));
  }
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      return u.basic !== 'untyped nil';
    case 'Pointer':
    case 'Chan':
    case 'Interface':
      return true;
    case 'Struct':
      return u.fields.every((f) => comparableType(f.type, seen));
    case 'Array':
      return comparableType(u.elem, seen);
    default:
      return false;
  }
}

export { Typ };
