// The checker's state, error reporting, package-level declarations and type expressions,
// following go1.27 cmd/compile/internal/types2: check.go (checkFiles), resolver.go
// (collectObjects, packageObjects), decl.go (objDecl, constDecl, varDecl, typeDecl,
// funcDecl, collectMethods), typexpr.go (typInternal), initorder.go, validtype.go.
// Expressions are in expr.ts, calls and builtins in call.ts, statements in stmt.ts.

import { IMPORT_NAMES } from './import-names.ts';
import type * as ast from '../frontend/ast.ts';
import { filePosition } from '../frontend/ast.ts';
import { ErrorList } from '../frontend/errors.ts';
import type { Diagnostic } from '../api.ts';
import type {
  Const, Func, Info, Initializer, Interface, Named, Obj, Package, PkgName, Scope, Signature, Struct, Term,
  Type, TypeName, TypeParam, Var,
} from './types.ts';
import {
  Typ, newFunc, newInfo, newInterface, newNamed, newScope, newSignature, newTypeName, newTypeParam, newVar,
  nextObjOrder, scopeInsert, typeString, underlying, unalias, isInvalid, identical, isInterface,
} from './types.ts';
import type { ConstValue } from './constant.ts';
import { unknownVal, makeInt } from './constant.ts';
import { universe } from './universe.ts';
import { typeSet } from './lookup.ts';
import { stringLitValue } from './literal.ts';

/** Resolves an import path to a checked package, or null when Go Map Lab lacks it. */
export type Importer = (path: string) => Package | null;

export interface CheckOptions {
  /** Language version, e.g. '1.27'. */
  go: string;
  importer?: Importer;
  /** Error list to feed (the parser's, so gc's filtering and 10-error cut-off apply). */
  errors?: ErrorList;
  /** Package path (default 'main'); stdlib sources pass their import path. */
  path?: string;
  /** Checking our own stdlib source: body-less functions are natives. */
  stdlib?: boolean;
  /** gc's -complete (set by go build when a package has no assembly): body-less functions are errors. Default true. */
  complete?: boolean;
  /** Prefix of file names in positions inside messages: './' as go build prints them (default). */
  posPrefix?: string;
}

export interface CheckResult {
  info: Info;
  diagnostics: Diagnostic[];
  pkg: Package;
}

/** Type of a variable whose type is not known yet (types2: nil). */
export const NOTYPE: Type = { kind: 'Basic', basic: 'invalid', name: 'invalid type' };

/** Thrown once gc would have exited (10 errors). */
export const bailout = { bailout: true };

export type DeclInfo = {
  /** File-level scope of the declaration (package scope). */
  scope: Scope;
  /** Objects this declaration depends on (package-level vars, consts, funcs). */
  deps: Set<Obj>;
} & (
  | { kind: 'const'; spec: ast.ValueSpec; typ: ast.Expr | null; init: ast.Expr | null; iota: number; inherited: boolean }
  | { kind: 'var'; spec: ast.ValueSpec; lhs: Var[]; typ: ast.Expr | null; init: ast.Expr | null }
  | { kind: 'type'; spec: ast.TypeSpec }
  | { kind: 'func'; decl: ast.FuncDecl }
);

export type Color = 'white' | 'grey' | 'black';

/** Environment of the code being checked (types2 environment). */
export interface Environment {
  decl: DeclInfo | null;
  scope: Scope;
  iota: ConstValue | null;
  /** Position to report errors of an inherited const initializer at. */
  errpos: number;
  sig: Signature | null;
  /** Inside a function body. */
  inFunc: boolean;
  hasCallOrRecv: boolean;
}

export class CheckerBase {
  readonly file: ast.File;
  readonly info: Info;
  readonly pkg: Package;
  readonly errors: ErrorList;
  readonly opts: CheckOptions;
  /** Minor language version (1.NN). */
  readonly minor: number;
  firstErr = false;
  objMap = new Map<Obj, DeclInfo>();
  colors = new Map<Obj, Color>();
  /** Objects in the path of objDecl (cycle detection). */
  objPath: Obj[] = [];
  delayed: (() => void)[] = [];
  methodsByBase = new Map<string, ast.FuncDecl[]>();
  env: Environment;
  /** Unused-import tracking. */
  pkgNames: PkgName[] = [];
  importSpecs = new Map<PkgName, ast.ImportSpec>();
  /** Untyped expressions whose final type is not yet known (types2 untyped map). */
  untyped = new Map<number, { expr: ast.Expr; isLhs: boolean; mode: 'constant' | 'value'; type: Type; val: ConstValue | null }>();
  /** Function-literal and declaration scopes whose unused variables are reported. */

  constructor(file: ast.File, opts: CheckOptions) {
    this.file = file;
    this.opts = opts;
    this.minor = Number(opts.go.split('.')[1] ?? '27');
    this.info = newInfo(opts.go);
    this.errors = opts.errors ?? new ErrorList(file.filename);
    const scope = newScope(universe, -1, -1);
    this.pkg = { path: opts.path ?? 'main', name: file.name.name, scope, imports: [], initOrder: [], info: this.info };
    this.info.pkg = this.pkg;
    this.env = { decl: null, scope, iota: null, errpos: -1, sig: null, inFunc: false, hasCallOrRecv: false };
  }

  // -------------------------------------------------------------------------
  // Errors

  posString(pos: number): string {
    const p = filePosition(this.file, pos);
    return `${this.opts.posPrefix ?? './'}${this.file.filename}:${p.line}:${p.col}`;
  }

  /** Reports an error at byte offset pos (types2 errorf). */
  error(pos: number, msg: string): void {
    if (this.firstErr && (msg.indexOf('invalid operand') > 0 || msg.indexOf('invalid type') > 0)) return;
    if (this.env.errpos >= 0 && this.env.iota !== null) pos = this.env.errpos;
    this.firstErr = true;
    const p = filePosition(this.file, pos < 0 ? 0 : pos);
    if (!this.errors.add(p.line, p.col, msg)) throw bailout;
  }

  /** Reports an unsupported feature. */
  unsupported(pos: number, feature: string): void {
    this.error(pos, `not supported by Go Map Lab: ${feature}`);
  }

  /** Package names shared by several packages of the program's import closure (types2 pkgPathMap). */
  private ambiguousNames: Set<string> | null = null;

  /**
   * How error messages name package p (go1.27 types2/format.go:133 qualifier): not at all for
   * the package being checked, by quoted path when another package of the program's
   * transitive imports has the same name (import-names.ts, from each release's `go list -deps`),
   * by name otherwise.
   */
  qualifier = (p: Package): string => {
    if (p === this.pkg) return '';
    if (this.ambiguousNames === null) {
      const paths = new Map<string, Set<string>>();
      const table = IMPORT_NAMES[this.minor] ?? {};
      for (const imp of this.pkg.imports) {
        for (const [name, path] of table[imp.path] ?? [[imp.name, imp.path] as const]) {
          if (!paths.has(name)) paths.set(name, new Set());
          paths.get(name)!.add(path);
        }
      }
      this.ambiguousNames = new Set([...paths].filter(([, ps]) => ps.size > 1).map(([n]) => n));
    }
    return this.ambiguousNames.has(p.name) ? JSON.stringify(p.path) : p.name;
  };

  ts(t: Type): string {
    return typeString(t, this.qualifier);
  }

  later(f: () => void): void {
    this.delayed.push(f);
  }

  allowVersion(minor: number): boolean {
    return this.minor >= minor;
  }

  recordDef(id: ast.Ident, obj: Obj | null): void {
    this.info.defs.set(id.id, obj);
  }

  recordUse(id: ast.Ident, obj: Obj): void {
    this.info.uses.set(id.id, obj);
  }

  declare(scope: Scope, id: ast.Ident | null, obj: Obj): void {
    if (obj.name !== '_') {
      const alt = scopeInsert(scope, obj);
      if (alt !== undefined) {
        this.reportRedecl(obj, alt);
        return;
      }
    }
    if (id !== null) this.recordDef(id, obj);
  }

  reportRedecl(obj: Obj, alt: Obj): void {
    let msg = `${obj.name} redeclared in this block`;
    if (alt.pos >= 0 && alt.pkg === this.pkg) msg += `\n\t${this.posString(alt.pos)}: other declaration of ${obj.name}`;
    this.error(obj.pos, msg);
  }
}

// ---------------------------------------------------------------------------
// Package-level declarations (resolver.go, decl.go)

export interface DeclChecker extends CheckerBase {
  typExpr(e: ast.Expr, def?: Named | null): Type;
  varType(e: ast.Expr): Type;
  collectTypeParams(list: ast.FieldList, scope: Scope): TypeParam[];
  funcType(sig: Signature, recv: ast.FieldList | null, ftype: ast.FuncType, scope: Scope, recvTypeParams: TypeParam[]): void;
  constDecl(obj: Const, typ: ast.Expr | null, init: ast.Expr | null, inherited: boolean): void;
  varDecl(obj: Var, lhs: Var[] | null, typ: ast.Expr | null, init: ast.Expr | null): void;
  funcBody(name: string, sig: Signature, body: ast.BlockStmt, scope: Scope): void;
  objDecl(obj: Obj): void;
}

/** collectObjects: declares package-level objects, resolves imports. */
export function collectObjects(check: DeclChecker): void {
  const pkgScope = check.pkg.scope;
  const file = check.file;
  check.info.scopes.set(file.id, pkgScope);
  for (const d of file.decls) {
    switch (d.kind) {
      case 'BadDecl':
        break;
      case 'GenDecl':
        for (const spec of d.specs) {
          switch (spec.kind) {
            case 'ImportSpec':
              collectImport(check, spec);
              break;
            case 'ValueSpec':
              if (d.tok === 'const') collectConsts(check, d, spec);
              else collectVars(check, spec);
              break;
            case 'TypeSpec': {
              if (spec.name.name === 'init') check.error(spec.name.pos, 'cannot declare init - must be func');
              const obj = newTypeName(spec.name.name, spec.name.pos, check.pkg, Typ.Invalid, spec.assign >= 0);
              check.declare(pkgScope, spec.name, obj);
              check.objMap.set(obj, { kind: 'type', spec, scope: pkgScope, deps: new Set() });
              break;
            }
          }
        }
        break;
      case 'FuncDecl': {
        const name = d.name.name;
        const obj = newFunc(name, d.name.pos, check.pkg, newSignature([], [], false));
        obj.hasBody = d.body !== null;
        if (d.recv === null) {
          if (name === 'init' || (name === 'main' && check.pkg.name === 'main')) {
            if (d.type.typeParams !== null && d.type.typeParams.list.length > 0) {
              check.error(d.type.typeParams.pos, `func ${name} must have no type parameters`);
            } else if (d.type.params.list.length > 0 || (d.type.results !== null && d.type.results.list.length > 0)) {
              check.error(d.name.pos, `func ${name} must have no arguments and no return values`);
            }
          }
          if (name === 'init') {
            // init functions are not declared in the package scope
            obj.parent = pkgScope;
            check.recordDef(d.name, obj);
            if (d.body === null && check.opts.complete !== false && !check.opts.stdlib) check.error(d.name.pos, 'missing function body');
          } else check.declare(pkgScope, d.name, obj);
        } else {
          check.recordDef(d.name, obj);
          const base = recvBaseName(d.recv);
          if (base !== null) {
            const l = check.methodsByBase.get(base) ?? [];
            l.push(d);
            check.methodsByBase.set(base, l);
          }
          (obj as Func & { decl?: ast.FuncDecl }).parent = pkgScope;
        }
        check.objMap.set(obj, { kind: 'func', decl: d, scope: pkgScope, deps: new Set() });
        if (d.recv !== null) methodObjs.set(d, obj);
        break;
      }
    }
  }
  // Verify that objects in package and file scopes have different names: single file, none.
}

const methodObjs = new WeakMap<ast.FuncDecl, Func>();
export function methodObj(d: ast.FuncDecl): Func | undefined {
  return methodObjs.get(d);
}

function recvBaseName(recv: ast.FieldList): string | null {
  if (recv.list.length === 0) return null;
  let t: ast.Expr = recv.list[0].type;
  for (;;) {
    if (t.kind === 'ParenExpr') t = t.x;
    else if (t.kind === 'StarExpr') t = t.x;
    else if (t.kind === 'IndexExpr' || t.kind === 'IndexListExpr') t = t.x;
    else break;
  }
  return t.kind === 'Ident' ? t.name : null;
}

function collectImport(check: DeclChecker, spec: ast.ImportSpec): void {
  if (spec.path.bad) return;
  const path = stringLitValue(spec.path.value) ?? '';
  const imp = check.opts.importer !== undefined ? check.opts.importer(path) : null;
  let pkg: Package;
  let supported = true;
  if (imp === null) {
    supported = false;
    check.unsupported(spec.path.pos, `package "${path}"`);
    const name = path.slice(path.lastIndexOf('/') + 1);
    pkg = { path, name, scope: newScope(universe, -1, -1), imports: [], initOrder: [], info: null };
  } else pkg = imp;
  check.pkg.imports.push(pkg);
  const name = spec.name !== null ? spec.name.name : pkg.name;
  const obj: PkgName = { kind: 'PkgName', name, pos: spec.name !== null ? spec.name.pos : spec.path.pos, pkg: check.pkg, parent: null, type: Typ.Invalid, order: nextObjOrder(), imported: pkg, used: !supported };
  if (spec.name !== null) check.recordDef(spec.name, obj);
  else check.info.implicits.set(spec.id, obj);
  if (name === 'init') {
    check.error(spec.pos, 'cannot import package as init - init must be a func');
    return;
  }
  if (name === '_') return;
  if (name === '.') {
    for (const o of pkg.scope.elems.values()) {
      if (/^[A-Z]/.test(o.name)) scopeInsert(check.pkg.scope, o);
    }
    obj.used = true;
    return;
  }
  const alt = scopeInsert(check.pkg.scope, obj);
  if (alt !== undefined) {
    check.reportRedecl(obj, alt);
    return;
  }
  check.pkgNames.push(obj);
  check.importSpecs.set(obj, spec);
}

/** Const specs inherit the previous spec's type and values (within one group). */
function collectConsts(check: DeclChecker, d: ast.GenDecl, spec: ast.ValueSpec): void {
  let typ = spec.type;
  let values = spec.values;
  let inherited = false;
  if (spec.type === null && spec.values.length === 0) {
    // inherit from the last spec with values
    const i = d.specs.indexOf(spec);
    for (let j = i - 1; j >= 0; j--) {
      const p = d.specs[j] as ast.ValueSpec;
      if (p.type !== null || p.values.length > 0) {
        typ = p.type;
        values = p.values;
        inherited = true;
        break;
      }
    }
  }
  spec.names.forEach((id, i) => {
    if (id.name === 'init') check.error(id.pos, 'cannot declare init - must be func');
    const obj: Const = { kind: 'Const', name: id.name, pos: id.pos, pkg: check.pkg, parent: null, type: Typ.Invalid, order: nextObjOrder(), value: unknownVal };
    check.declare(check.pkg.scope, id, obj);
    check.objMap.set(obj, { kind: 'const', spec, typ, init: i < values.length ? values[i] : null, iota: spec.iota, inherited, scope: check.pkg.scope, deps: new Set() });
  });
  arityCheck(check, spec, values, typ !== null, true, inherited);
}

export function arityCheck(check: CheckerBase, spec: ast.ValueSpec, values: ast.Expr[], hasType: boolean, isConst: boolean, inherited: boolean): void {
  const l = spec.names.length;
  const r = values.length;
  if (l < r) {
    if (!inherited) check.error(values[l].pos, 'extra init expr');
  } else if (l > r && (isConst || r !== 1) && (r > 0 || isConst)) {
    if (r === 0 && isConst && !hasType) {
      check.error(spec.names[0].pos, 'missing init expr for const declaration');
    } else if (r > 0 || isConst) {
      if (!inherited) check.error(spec.names[r].pos, `missing init expr for ${spec.names[r].name}`);
      else check.error(spec.names[r].pos, 'missing init expr for const declaration');
    }
  }
}

function collectVars(check: DeclChecker, spec: ast.ValueSpec): void {
  const lhs = spec.names.map((id) => newVar(id.name, id.pos, check.pkg, NOTYPE, { isPkgVar: true, used: true }));
  // `var a, b = f()`: one declaration (and one dependency set) for all of them
  const shared: DeclInfo | null = spec.values.length === 1 && spec.names.length > 1
    ? { kind: 'var', spec, lhs, typ: spec.type, init: spec.values[0], scope: check.pkg.scope, deps: new Set() }
    : null;
  lhs.forEach((obj, i) => {
    if (obj.name === 'init') check.error(obj.pos, 'cannot declare init - must be func');
    check.declare(check.pkg.scope, spec.names[i], obj);
    const init = i < spec.values.length ? spec.values[i] : null;
    check.objMap.set(obj, shared ?? { kind: 'var', spec, lhs: [obj], typ: spec.type, init, scope: check.pkg.scope, deps: new Set() });
  });
  if (spec.values.length !== 1 || spec.names.length === 1) arityCheck(check, spec, spec.values, spec.type !== null, false, false);
}

/** packageObjects: types first (non-alias, then alias), then everything else. */
export function packageObjects(check: DeclChecker): void {
  // methods declared on an alias belong to the aliased local type (resolveBaseTypeName)
  for (const [base, decls] of [...check.methodsByBase]) {
    let name = base;
    for (let i = 0; i < 10; i++) {
      const o = check.pkg.scope.elems.get(name);
      const d = o !== undefined ? check.objMap.get(o) : undefined;
      if (d === undefined || d.kind !== 'type' || d.spec.assign < 0) break;
      let t = d.spec.type;
      while (t.kind === 'ParenExpr' || t.kind === 'StarExpr') t = t.x;
      if (t.kind !== 'Ident') break;
      name = t.name;
    }
    if (name !== base) {
      check.methodsByBase.delete(base);
      check.methodsByBase.set(name, [...(check.methodsByBase.get(name) ?? []), ...decls].sort((a, b) => a.pos - b.pos));
    }
  }
  const objs = [...check.objMap.keys()].sort((a, b) => a.order - b.order);
  const aliases: Obj[] = [];
  const others: Obj[] = [];
  for (const o of objs) {
    if (o.kind === 'TypeName') {
      if (o.isAlias) aliases.push(o);
      else check.objDecl(o);
    } else others.push(o);
  }
  for (const o of aliases) check.objDecl(o);
  for (const o of others) check.objDecl(o);
  // methods whose receiver base type is not declared in this package
  for (const [base, decls] of check.methodsByBase) {
    const o = check.pkg.scope.elems.get(base);
    if (o === undefined || o.kind !== 'TypeName') {
      for (const d of decls) {
        const f = methodObj(d)!;
        if (check.colors.get(f) === undefined) check.objDecl(f);
      }
    }
  }
}

/** The type declaration's method collection (decl.go collectMethods). */
export function collectMethods(check: DeclChecker, obj: TypeName, named: Named): void {
  const decls = check.methodsByBase.get(obj.name);
  if (decls === undefined) return;
  const u = named.underlying === null ? null : underlying(named);
  const seen = new Map<string, Func>();
  for (const d of decls) {
    const m = methodObj(d)!;
    if (m.name === '_') continue;
    if (u !== null && u.kind === 'Struct') {
      const fld = u.fields.find((f) => f.name === m.name);
      if (fld !== undefined) {
        check.error(m.pos, `field and method with the same name ${m.name}\n\t${check.posString(fld.pos)}: other declaration of ${m.name}`);
        continue;
      }
    }
    const alt = seen.get(m.name);
    if (alt !== undefined) {
      check.error(m.pos, `method ${obj.name}.${m.name} already declared at ${check.posString(alt.pos)}`);
      continue;
    }
    seen.set(m.name, m);
    named.methods.push(m);
  }
}

/** Computes the initialization order (initorder.go) and reports cycles. */
export function initOrder(check: DeclChecker): Initializer[] {
  // dependency graph over package-level vars, consts and funcs
  const objs = [...check.objMap.keys()].filter((o) => o.kind === 'Var' || o.kind === 'Const' || o.kind === 'Func');
  const succ = new Map<Obj, Set<Obj>>(); // o depends on succ
  for (const o of objs) succ.set(o, new Set([...check.objMap.get(o)!.deps].filter((d) => check.objMap.has(d))));
  // remove funcs: connect predecessors directly to transitive non-func deps
  const closure = (o: Obj, seen: Set<Obj>): Set<Obj> => {
    const out = new Set<Obj>();
    for (const d of succ.get(o) ?? []) {
      if (d.kind === 'Func') {
        if (seen.has(d)) continue;
        seen.add(d);
        for (const x of closure(d, seen)) out.add(x);
      } else out.add(d);
    }
    return out;
  };
  const nodes = objs.filter((o) => o.kind !== 'Func');
  const deps = new Map<Obj, Set<Obj>>();
  for (const n of nodes) deps.set(n, closure(n, new Set()));
  // cycle detection (only through vars; const cycles were reported by objDecl)
  const reported = new Set<Obj>();
  for (const n of nodes) {
    if (n.kind !== 'Var' || reported.has(n)) continue;
    const cyc = findCycle(n, check, succ);
    if (cyc !== null) {
      for (const c of cyc) reported.add(c);
      reportInitCycle(check, cyc);
    }
  }
  // emit in dependency order: repeatedly pick the earliest (in declaration order) node
  // whose dependencies are all initialized (spec; a heap keeps this O(n log n))
  const order: Initializer[] = [];
  const emitted = new Set<ast.Expr>();
  const remaining = new Map<Obj, number>();
  const users = new Map<Obj, Obj[]>();
  for (const n of nodes) {
    const ds = [...deps.get(n)!].filter((d) => d !== n && deps.has(d));
    remaining.set(n, ds.length);
    for (const d of ds) {
      const l = users.get(d) ?? [];
      l.push(n);
      users.set(d, l);
    }
  }
  const heap: Obj[] = [];
  // initorder.go nodeQueue.Less: constants before everything else (go.dev/issue/66575), then source order.
  const rank = (o: Obj): number => (o.kind === 'Const' ? 0 : 1e9) + o.order;
  const push = (o: Obj): void => {
    heap.push(o);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (rank(heap[p]) <= rank(heap[i])) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = (): Obj => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && rank(heap[l]) < rank(heap[m])) m = l;
        if (r < heap.length && rank(heap[r]) < rank(heap[m])) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  for (const n of nodes) if (remaining.get(n) === 0) push(n);
  const done = new Set<Obj>();
  const emit = (n: Obj): void => {
    done.add(n);
    if (n.kind === 'Var') {
      const d = check.objMap.get(n)!;
      if (d.kind === 'var' && d.init !== null && !emitted.has(d.init)) {
        emitted.add(d.init);
        order.push({ lhs: d.lhs, rhs: d.init });
      }
    }
    for (const u of users.get(n) ?? []) {
      const k = remaining.get(u)! - 1;
      remaining.set(u, k);
      if (k === 0) push(u);
    }
  };
  for (;;) {
    while (heap.length > 0) emit(pop());
    if (done.size === nodes.length) break;
    // a cycle (already reported): release its earliest member
    const next = nodes.filter((n) => !done.has(n)).sort((a, b) => a.order - b.order)[0];
    remaining.set(next, 0);
    push(next);
  }
  return order;
}

function findCycle(start: Obj, check: DeclChecker, succ: Map<Obj, Set<Obj>>): Obj[] | null {
  const path: Obj[] = [];
  const onPath = new Set<Obj>();
  const visited = new Set<Obj>();
  const dfs = (o: Obj): Obj[] | null => {
    path.push(o);
    onPath.add(o);
    visited.add(o);
    for (const d of succ.get(o) ?? []) {
      if (d === start) return [...path];
      if (!visited.has(d) && !onPath.has(d)) {
        const r = dfs(d);
        if (r !== null) return r;
      }
    }
    path.pop();
    onPath.delete(o);
    return null;
  };
  void check;
  return dfs(start);
}

function reportInitCycle(check: CheckerBase, cycle: Obj[]): void {
  let obj = cycle[0];
  if (cycle.length === 1) {
    check.error(obj.pos, `initialization cycle: ${obj.name} refers to itself`);
    return;
  }
  let msg = `initialization cycle for ${obj.name}`;
  // cycle[i] refers to cycle[i+1]; types2 prints from cycle[0] following references
  for (let i = 0; i < cycle.length; i++) {
    const next = cycle[(i + 1) % cycle.length];
    msg += `\n\t${check.posString(obj.pos)}: ${obj.name} refers to ${next.name}`;
    obj = next;
  }
  check.error(cycle[0].pos, msg);
}

/** Reports unused imports (types2 unusedImports). */
export function unusedImports(check: CheckerBase): void {
  for (const p of check.pkgNames) {
    if (p.used) continue;
    const spec = check.importSpecs.get(p)!;
    const path = p.imported.path;
    const elem = path.slice(path.lastIndexOf('/') + 1);
    const pos = spec.path.pos;
    if (check.minor < 20) {
      // go1.19 types2
      if (spec.name !== null && spec.name.name !== elem) check.error(pos, `imported and not used: "${path}" as ${spec.name.name}`);
      else check.error(pos, `imported and not used: "${path}"`);
    } else if (spec.name !== null && spec.name.name !== elem) check.error(pos, `"${path}" imported as ${spec.name.name} and not used`);
    else check.error(pos, `"${path}" imported and not used`);
  }
}

// ---------------------------------------------------------------------------
// validType (validtype.go): a struct or array type may not contain itself.

export function validType(check: CheckerBase, named: Named): void {
  const path: Named[] = [];
  const bad = new Set<Named>();
  const visit = (t: Type): boolean => {
    t = unalias(t);
    switch (t.kind) {
      case 'Array':
        return visit(t.elem);
      case 'Struct':
        return t.fields.every((f) => visit(f.type));
      case 'Named': {
        if (t.obj.pkg !== check.pkg) return true;
        const i = path.indexOf(t.orig);
        if (i >= 0) {
          const cycle = path.slice(i);
          if (cycle[0] === named) reportTypeCycle(check, cycle.map((n) => n.obj));
          for (const c of cycle) bad.add(c);
          return false;
        }
        if (t.underlying === null && t.typeArgs.length === 0) return true;
        path.push(t.orig);
        const ok = visit(underlying(t));
        path.pop();
        return ok;
      }
      default:
        return true;
    }
  };
  if (!visit(named)) named.underlying = Typ.Invalid;
}

export function reportTypeCycle(check: CheckerBase, cycle: TypeName[]): void {
  // types2 cycleError: start at the first object in source order
  let start = 0;
  cycle.forEach((o, i) => {
    if (o.pos < cycle[start].pos) start = i;
  });
  const obj = cycle[start];
  if (cycle.length === 1) {
    check.error(obj.pos, `invalid recursive type: ${obj.name} refers to itself`);
    return;
  }
  let msg = `invalid recursive type ${obj.name}`;
  for (let i = 0; i < cycle.length; i++) {
    const o = cycle[(start + i) % cycle.length];
    const n = cycle[(start + i + 1) % cycle.length];
    msg += `\n\t${check.posString(o.pos)}: ${o.name} refers to ${n.name}`;
  }
  check.error(obj.pos, msg);
}

// ---------------------------------------------------------------------------
// Type expressions (typexpr.go)

export function structType(check: DeclChecker, e: ast.StructType): Struct {
  const fields: Var[] = [];
  const tags: string[] = [];
  const seen = new Map<string, Var>();
  const add = (f: Var, tag: string): void => {
    if (f.name !== '_') {
      const alt = seen.get(f.name);
      if (alt !== undefined) {
        check.error(f.pos, `${f.name} redeclared\n\t${check.posString(alt.pos)}: other declaration of ${f.name}`);
      } else seen.set(f.name, f);
    }
    fields.push(f);
    tags.push(tag);
  };
  for (const fld of e.fields.list) {
    const tag = fld.tag !== null ? (stringLitValue(fld.tag.value) ?? '') : '';
    if (fld.names.length > 0) {
      const t = check.varType(fld.type);
      for (const id of fld.names) {
        const v = newVar(id.name, id.pos, check.pkg, t, { isField: true });
        check.recordDef(id, v);
        add(v, tag);
      }
    } else {
      const t = check.varType(fld.type);
      let te: ast.Expr = fld.type;
      if (te.kind === 'StarExpr') te = te.x;
      if (te.kind === 'IndexExpr' || te.kind === 'IndexListExpr') te = te.x;
      const name = te.kind === 'SelectorExpr' ? te.sel.name : te.kind === 'Ident' ? te.name : '_';
      const v = newVar(name, te.kind === 'SelectorExpr' ? te.sel.pos : te.pos, check.pkg, t, { isField: true, embedded: true });
      check.info.implicits.set(fld.id, v);
      add(v, tag);
      // embedded type restrictions
      const u = underlying(t);
      const isPtr = unalias(t).kind === 'Pointer';
      if (isPtr) {
        const pu = underlying((unalias(t) as { elem: Type }).elem);
        if (pu.kind === 'Pointer') check.error(fld.type.pos, 'embedded field type cannot be a pointer');
        else if (pu.kind === 'Interface') check.error(fld.type.pos, 'embedded field type cannot be a pointer to an interface');
      } else if (u.kind === 'Pointer') check.error(fld.type.pos, 'embedded field type cannot be a pointer');
      else if (unalias(t).kind === 'TypeParam') check.error(fld.type.pos, 'embedded field type cannot be a (pointer to a) type parameter');
    }
  }
  return { kind: 'Struct', fields, tags };
}

export function interfaceType(check: DeclChecker, e: ast.InterfaceType, def: Named | null): Interface {
  const ityp = newInterface([], []);
  const seen = new Map<string, Func>();
  for (const f of e.methods.list) {
    if (f.names.length === 0) {
      const t = embeddedElem(check, f.type);
      ityp.embeddeds.push(t);
      continue;
    }
    const id = f.names[0];
    const sig = newSignature([], [], false);
    const m = newFunc(id.name, id.pos, check.pkg, sig);
    if (f.type.kind === 'FuncType') check.funcType(sig, null, f.type, newScope(check.env.scope, f.type.pos, f.type.end, true), []);
    sig.recv = newVar('', id.pos, check.pkg, def ?? ityp);
    check.recordDef(id, m);
    if (id.name === '_') {
      check.error(id.pos, 'methods must have a unique non-blank name');
      continue;
    }
    const alt = seen.get(id.name);
    if (alt !== undefined) {
      check.error(id.pos, `duplicate method ${id.name}\n\t${check.posString(alt.pos)}: other declaration of method ${id.name}`);
      continue;
    }
    seen.set(id.name, m);
    ityp.methods.push(m);
  }
  return ityp;
}

/** An embedded interface element: a type, ~T, or a union of terms. */
export function embeddedElem(check: DeclChecker, e: ast.Expr): Type {
  if (e.kind === 'BinaryExpr' && e.op === '|') {
    const terms: Term[] = [];
    const exprs: ast.Expr[] = [];
    const flatten = (x: ast.Expr): void => {
      if (x.kind === 'BinaryExpr' && x.op === '|') {
        flatten(x.x);
        flatten(x.y);
      } else {
        terms.push(unionTerm(check, x));
        exprs.push(x);
      }
    };
    flatten(e);
    // go1.27 types2 union.go: overlapping (non-disjoint) terms such as a|a, a|~a, ~a|A, once
    // the terms' underlying types are known; interface terms are exempt.
    check.later(() => {
      // a Term formats with TypeString(t, nil): package-qualified (types2 typeterm.go String)
      const str = (t: Term): string => (t.tilde ? '~' : '') + typeString(t.type);
      terms.forEach((y, i) => {
        if (isInvalid(y.type) || isInterface(y.type)) return;
        for (let j = 0; j < i; j++) {
          const x = terms[j]!;
          if (isInvalid(x.type) || isInterface(x.type)) continue;
          const ux = y.tilde ? underlying(x.type) : x.type;
          const uy = x.tilde ? underlying(y.type) : y.type;
          if (identical(ux, uy)) {
            check.error(exprs[i]!.pos, `overlapping terms ${str(y)} and ${str(x)}`);
            return;
          }
        }
      });
    });
    return { kind: 'Union', terms };
  }
  if (e.kind === 'UnaryExpr' && e.op === '~') {
    return { kind: 'Union', terms: [unionTerm(check, e)] };
  }
  return check.typExpr(e);
}

function unionTerm(check: DeclChecker, x: ast.Expr): Term {
  if (x.kind === 'UnaryExpr' && x.op === '~') {
    const t = check.typExpr(x.x);
    const u = underlying(t);
    if (!isInvalid(t) && !identical(t, u)) {
      check.error(x.pos, `invalid use of ~ (underlying type of ${check.ts(t)} is ${check.ts(u)})`);
    }
    return { tilde: true, type: t };
  }
  return { tilde: false, type: check.typExpr(x) };
}

/** Declares the type parameters of a list in scope (decl.go collectTypeParams). */
export function collectTypeParamsImpl(check: DeclChecker, list: ast.FieldList, scope: Scope): TypeParam[] {
  const tps: TypeParam[] = [];
  for (const f of list.list) {
    for (const id of f.names) {
      const obj = newTypeName(id.name, id.pos, check.pkg, Typ.Invalid);
      const tp = newTypeParam(obj, tps.length, Typ.Invalid);
      check.declare(scope, id, obj);
      tps.push(tp);
    }
  }
  let i = 0;
  const saved = check.env.scope;
  check.env.scope = scope;
  for (const f of list.list) {
    let bound: Type;
    if (f.type.kind === 'InterfaceType' || f.type.kind === 'Ident' || f.type.kind === 'SelectorExpr' || f.type.kind === 'IndexExpr' || f.type.kind === 'IndexListExpr') {
      bound = check.typExpr(f.type);
      if (underlying(bound).kind !== 'Interface' && !isInvalid(bound)) {
        if (unalias(bound).kind === 'TypeParam') {
          check.error(f.type.pos, `cannot use a type parameter as constraint`);
          bound = Typ.Invalid;
        } else {
          const it = newInterface([], [bound]);
          it.implicit = true;
          bound = it;
        }
      }
    } else {
      const t = embeddedElem(check, f.type);
      const it = newInterface([], [t]);
      it.implicit = true;
      bound = it;
    }
    for (let k = 0; k < f.names.length; k++) tps[i++].bound = bound;
  }
  check.env.scope = saved;
  for (const tp of tps) {
    const u = underlying(tp.bound);
    if (u.kind === 'Interface') typeSet(u);
  }
  return tps;
}

export { Typ, makeInt, newTypeName, newNamed, nextObjOrder };
