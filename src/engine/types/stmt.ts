// Statements and function bodies, following go1.27 types2 stmt.go (funcBody, usage,
// stmt, caseValues, typeCases, rangeStmt), assignments.go (initVar, initVars,
// assignVar, assignVars, shortVarDecl, lhsVar, assignError, returnError),
// return.go (isTerminating). Branch and label errors are the parser's (types2 runs
// with IgnoreBranchErrors in gc).

import type * as ast from '../frontend/ast.ts';
import { assertNever } from '../frontend/ast.ts';
import { exprString } from '../frontend/printer.ts';
import type { Info, Obj, Scope, Signature, Type, Var } from './types.ts';
import {
  Typ, identical, isInteger, isInvalid, isString, isTypeParam, isUntyped, newScope, newVar, underlying, unalias,
  isBoolean, isInterface,
} from './types.ts';
import * as constant from './constant.ts';
import { Checker, invalidOperand, isBad, hasNil, defaultType, constKey, typeKeyStr, newTarget } from './expr.ts';
import type { Operand } from './expr.ts';
import { NOTYPE } from './checker.ts';
import { comparableType, coreType, tparamTypeSet } from './lookup.ts';

declare module './expr.ts' {
  interface Checker {
    stmtList(list: ast.Stmt[], inner: number): void;
    stmt(s: ast.Stmt, inner: number): void;
    processDelayed(top: number): void;
    usage(scope: Scope): void;
    openScope(n: ast.Node, pos: number, end: number): void;
    closeScope(): void;
    assignVars(lhs: ast.Expr[], rhs: ast.Expr[]): void;
    assignVar(lhs: ast.Expr, rhs: ast.Expr | null, x: Operand | null, context: string): void;
    lhsVar(lhs: ast.Expr): Type | null;
    shortVarDecl(s: ast.AssignStmt | ast.RangeStmt, lhs: ast.Expr[], rhs: ast.Expr[]): void;
    assignError(rhs: ast.Expr[], l: number, r: number): void;
    returnError(at: number, lhs: Var[], rhs: Operand[]): void;
    declStmt(d: ast.GenDecl): void;
    rangeStmt(s: ast.RangeStmt, inner: number): void;
    switchStmt(s: ast.SwitchStmt, inner: number): void;
    typeSwitchStmt(s: ast.TypeSwitchStmt, inner: number): void;
    selectStmt(s: ast.SelectStmt, inner: number): void;
    suspendedCall(keyword: string, call: ast.Expr): void;
    simpleStmt(s: ast.Stmt | null): void;
  }
}

const proto = Checker.prototype;

// inner flags
const breakOk = 1;
const continueOk = 2;
const fallthroughOk = 4;
const finalSwitchCase = 8;
void breakOk;
void continueOk;
void fallthroughOk;
void finalSwitchCase;

proto.processDelayed = function (this: Checker, top: number): void {
  for (let i = top; i < this.delayed.length; i++) this.delayed[i]();
  this.delayed.length = top;
};

proto.funcBody = function (this: Checker, name: string, sig: Signature, body: ast.BlockStmt, scope: Scope): void {
  const saved = this.env;
  this.env = { decl: saved.decl, scope, iota: null, errpos: -1, sig, inFunc: true, hasCallOrRecv: false };
  this.info.scopes.set(body.id, scope);
  this.stmtList(body.list, 0);
  if (sig.results.vars.length > 0 && !isTerminating(body, '', this.info)) this.error(body.rbrace, 'missing return');
  this.usage(scope);
  this.env = saved;
  void name;
};

proto.usage = function (this: Checker, scope: Scope): void {
  const unused: Var[] = [];
  for (const o of scope.elems.values()) {
    if (o.kind === 'Var' && !o.isParam && !o.used && !o.isPkgVar) unused.push(o);
  }
  unused.sort((a, b) => a.pos - b.pos);
  for (const v of unused) this.error(v.pos, unusedVarMessage(this.minor, v.name));
  for (const c of scope.children) if (!c.isFunc) this.usage(c);
};

/** The unused-variable message of each release (go1.19, go1.20-1.22, go1.23+). */
export function unusedVarMessage(minor: number, name: string): string {
  if (minor < 20) return `${name} declared but not used`;
  if (minor < 23) return `${name} declared and not used`;
  return `declared and not used: ${name}`;
}

proto.openScope = function (this: Checker, n: ast.Node, pos: number, end: number): void {
  const s = newScope(this.env.scope, pos, end);
  this.info.scopes.set(n.id, s);
  this.env.scope = s;
};

proto.closeScope = function (this: Checker): void {
  this.env.scope = this.env.scope.parent!;
};

proto.stmtList = function (this: Checker, list: ast.Stmt[], inner: number): void {
  for (const s of list) this.stmt(s, inner);
};

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

proto.stmt = function (this: Checker, s: ast.Stmt, inner: number): void {
  const top = this.delayed.length;
  try {
    stmtInternal(this, s, inner);
  } finally {
    this.processDelayed(top);
  }
};

function stmtInternal(check: Checker, s: ast.Stmt, inner: number): void {
  switch (s.kind) {
    case 'BadStmt':
    case 'EmptyStmt':
      return;
    case 'DeclStmt':
      check.declStmt(s.decl);
      return;
    case 'LabeledStmt':
      check.stmt(s.stmt, inner);
      return;
    case 'ExprStmt': {
      const x = invalidOperand(s.x);
      check.rawExpr(x, s.x, null, false);
      let msg: string;
      switch (x.mode) {
        case 'invalid':
          return;
        case 'novalue':
          return;
        case 'builtin':
          msg = 'must be called';
          break;
        case 'typexpr':
          msg = 'is not an expression';
          break;
        default: {
          const e = unparen(s.x);
          if (e.kind === 'CallExpr') {
            const f = check.info.types.get(e.fun.id);
            if (f === undefined || f.mode !== 'builtin') return; // function calls are fine
            // builtins returning values are not statements
            const fx = unparen(e.fun);
            const name = fx.kind === 'Ident' ? fx.name : '';
            if (name === 'copy' || name === 'recover' || name === 'panic' || name === 'print' || name === 'println' || name === 'close' || name === 'delete' || name === 'clear') return;
          } else if (e.kind === 'UnaryExpr' && e.op === '<-') return;
          msg = 'is not used';
        }
      }
      check.error(s.x.pos, `${check.opString(x)} ${msg}`);
      return;
    }
    case 'SendStmt': {
      const ch = invalidOperand(s.chan);
      const val = invalidOperand(s.value);
      check.expr(ch, s.chan);
      check.expr(val, s.value);
      if (ch.mode === 'invalid' || val.mode === 'invalid') return;
      const u = coreType(ch.type);
      if (u === null || u.kind !== 'Chan') {
        check.error(s.pos, `invalid operation: cannot send to non-channel ${check.opString(ch)}`);
        return;
      }
      if (u.dir === 'recv') {
        check.error(s.pos, `invalid operation: cannot send to receive-only channel ${check.ts(ch.type)} ${check.opString(ch)}`);
        return;
      }
      check.assignment(val, u.elem, 'send');
      return;
    }
    case 'IncDecStmt': {
      const x = invalidOperand(s.x);
      check.expr(x, s.x);
      if (x.mode === 'invalid') return;
      if (!isNumericT(x.type)) {
        check.error(s.x.pos, `invalid operation: ${exprString(s.x)}${s.tok} (non-numeric type ${check.ts(x.type)})`);
        return;
      }
      check.assignVar(s.x, null, x, 'assignment');
      return;
    }
    case 'AssignStmt': {
      if (s.tok === '=' ) {
        check.assignVars(s.lhs, s.rhs);
        return;
      }
      if (s.tok === ':=') {
        check.shortVarDecl(s, s.lhs, s.rhs);
        return;
      }
      // op=
      if (s.lhs.length !== 1 || s.rhs.length !== 1) {
        check.error(s.tokPos, `assignment operation ${s.tok} requires single-valued expressions`);
        return;
      }
      const op = s.tok.slice(0, -1) as ast.BinaryOp;
      const x = invalidOperand(s.lhs[0]);
      check.binary(x, null, s.lhs[0], s.rhs[0], op, s.tokPos);
      check.assignVar(s.lhs[0], null, x, 'assignment operation');
      return;
    }
    case 'GoStmt':
      check.suspendedCall('go', s.call);
      return;
    case 'DeferStmt':
      check.suspendedCall('defer', s.call);
      return;
    case 'ReturnStmt': {
      const sig = check.env.sig!;
      const res = sig.results.vars;
      if (s.results.length > 0) {
        check.initVars(res, s.results, s);
      } else if (res.length > 0 && res[0].name !== '') {
        // named results: check shadowing
        for (const r of res) {
          const alt = lookupFrom(check.env.scope, r.name);
          if (alt !== undefined && alt !== r) {
            check.error(s.pos, `result parameter ${r.name} not in scope at return\n\t${check.posString(alt.pos)}: inner declaration of ${r.name}`);
          }
        }
      } else if (res.length > 0) {
        check.error(s.pos, `not enough return values\n\thave ()\n\twant ${check.typesSummary(res.map((r) => r.type), false, false)}`);
      }
      return;
    }
    case 'BranchStmt':
      return;
    case 'BlockStmt':
      check.openScope(s, s.pos, s.end);
      check.stmtList(s.list, inner);
      check.closeScope();
      return;
    case 'IfStmt': {
      check.openScope(s, s.pos, s.end);
      check.simpleStmt(s.init);
      const x = invalidOperand(s.cond);
      check.expr(x, s.cond);
      if (x.mode !== 'invalid' && !isBoolean(x.type)) check.error(s.cond.pos, 'non-boolean condition in if statement');
      check.stmt(s.body, inner);
      if (s.else !== null) check.stmt(s.else, inner);
      check.closeScope();
      return;
    }
    case 'SwitchStmt':
      check.switchStmt(s, inner);
      return;
    case 'TypeSwitchStmt':
      check.typeSwitchStmt(s, inner);
      return;
    case 'SelectStmt':
      check.selectStmt(s, inner);
      return;
    case 'ForStmt': {
      check.openScope(s, s.pos, s.end);
      check.simpleStmt(s.init);
      if (s.cond !== null) {
        const x = invalidOperand(s.cond);
        check.expr(x, s.cond);
        if (x.mode !== 'invalid' && !isBoolean(x.type)) check.error(s.cond.pos, 'non-boolean condition in for statement');
      }
      check.simpleStmt(s.post);
      if (s.post !== null && s.post.kind === 'AssignStmt' && s.post.tok === ':=') {
        check.error(s.post.pos, 'cannot declare in post statement of for loop');
      }
      check.stmt(s.body, inner);
      check.closeScope();
      return;
    }
    case 'RangeStmt':
      check.rangeStmt(s, inner);
      return;
    case 'CaseClause':
    case 'CommClause':
      check.error(s.pos, 'unexpected case clause');
      return;
    default:
      assertNever(s, 'statement');
  }
}

function lookupFrom(scope: Scope | null, name: string): Obj | undefined {
  for (let s = scope; s !== null; s = s.parent) {
    const o = s.elems.get(name);
    if (o !== undefined) return o;
  }
  return undefined;
}

function isNumericT(t: Type): boolean {
  if (isTypeParam(t)) {
    const ts = tparamTypeSet(unalias(t) as never);
    return ts.terms !== null && ts.terms.length > 0 && ts.terms.every((x) => isNumericT(x.type));
  }
  const u = underlying(t);
  return u.kind === 'Basic' && (isInteger(u) || u.basic === 'float32' || u.basic === 'float64' || u.basic === 'untyped float' || u.basic === 'complex64' || u.basic === 'complex128');
}

proto.simpleStmt = function (this: Checker, s: ast.Stmt | null): void {
  if (s !== null) this.stmt(s, 0);
};

proto.suspendedCall = function (this: Checker, keyword: string, call: ast.Expr): void {
  const c = unparen(call);
  if (c.kind !== 'CallExpr') {
    this.error(call.pos, `expression in ${keyword} must be function call`);
    this.useExpr(call);
    return;
  }
  const x = invalidOperand(call);
  this.rawExpr(x, call, null, false);
  let msg = '';
  switch (x.mode) {
    case 'builtin':
      msg = 'must be called';
      break;
    case 'typexpr':
      msg = 'is not an expression';
      break;
    default:
      break;
  }
  if (x.mode === 'value' || x.mode === 'constant' || x.mode === 'commaok' || x.mode === 'mapindex' || x.mode === 'variable') {
    const f = this.info.types.get(c.fun.id);
    if (f !== undefined && f.mode === 'builtin') {
      const fx = unparen(c.fun);
      const name = fx.kind === 'Ident' ? fx.name : '';
      if (!['copy', 'recover', 'panic', 'print', 'println', 'close', 'delete', 'clear'].includes(name)) {
        this.error(call.pos, `${keyword} discards result of ${this.opString(x)}`);
      }
    }
    if (this.info.types.get(c.fun.id)?.mode === 'typexpr') {
      this.error(call.pos, `${keyword} requires function call, not conversion`);
    }
  }
  if (msg !== '') this.error(call.pos, `${keyword} ${this.opString(x)} ${msg}`);
};

// ---------------------------------------------------------------------------
// Declarations in function bodies

proto.declStmt = function (this: Checker, d: ast.GenDecl): void {
  switch (d.tok) {
    case 'const': {
      let last: ast.ValueSpec | null = null;
      for (const spec of d.specs) {
        if (spec.kind !== 'ValueSpec') continue;
        let typ = spec.type;
        let values = spec.values;
        let inherited = false;
        if (spec.type === null && spec.values.length === 0 && last !== null) {
          typ = last.type;
          values = last.values;
          inherited = true;
        } else last = spec;
        const objs = spec.names.map((id) => ({ kind: 'Const' as const, name: id.name, pos: id.pos, pkg: this.pkg, parent: null, type: Typ.Invalid as Type, order: 0, value: constant.unknownVal as constant.ConstValue }));
        objs.forEach((obj, i) => {
          const saved = this.env;
          this.env = { ...saved, iota: constant.makeInt(spec.iota), errpos: inherited ? obj.pos : -1 };
          this.constDecl(obj, typ, i < values.length ? values[i] : null, inherited);
          this.env = saved;
        });
        {
          const l = spec.names.length;
          const r = values.length;
          if (l < r && !inherited) this.error(values[l].pos, 'extra init expr');
          else if (l > r && r > 0) this.error(spec.names[r].pos, inherited ? 'missing init expr for const declaration' : `missing init expr for ${spec.names[r].name}`);
          else if (r === 0 && !inherited) this.error(spec.names[0].pos, 'missing init expr for const declaration');
        }
        objs.forEach((obj, i) => this.declare(this.env.scope, spec.names[i], obj));
      }
      return;
    }
    case 'var':
      for (const spec of d.specs) {
        if (spec.kind !== 'ValueSpec') continue;
        const lhs = spec.names.map((id) => newVar(id.name, id.pos, this.pkg, NOTYPE));
        if (spec.type !== null) {
          const t = this.varType(spec.type);
          for (const v of lhs) v.type = t;
        }
        if (spec.values.length === 0) {
          if (spec.type === null) for (const v of lhs) v.type = Typ.Invalid;
        } else if (spec.values.length === lhs.length || spec.values.length !== 1) {
          if (spec.values.length === lhs.length) {
            lhs.forEach((v, i) => {
              const x = invalidOperand(spec.values[i]);
              this.expr(x, spec.values[i], false, spec.type !== null ? newTarget(v.type, v.name) : null);
              this.initVar(v, x, 'variable declaration');
            });
          } else this.initVars(lhs, spec.values, null);
        } else this.initVars(lhs, spec.values, null);
        for (const v of lhs) if (v.type === NOTYPE) v.type = Typ.Invalid;
        lhs.forEach((v, i) => this.declare(this.env.scope, spec.names[i], v));
      }
      return;
    case 'type':
      for (const spec of d.specs) {
        if (spec.kind !== 'TypeSpec') continue;
        const obj = { kind: 'TypeName' as const, name: spec.name.name, pos: spec.name.pos, pkg: this.pkg, parent: null, type: Typ.Invalid as Type, order: 0, isAlias: spec.assign >= 0 };
        this.declare(this.env.scope, spec.name, obj);
        this.typeDecl(obj, spec);
      }
      return;
    case 'import':
      return;
  }
};

// ---------------------------------------------------------------------------
// Assignments

proto.initVar = function (this: Checker, lhs: Var, x: Operand, context: string): void {
  if (x.mode === 'invalid' || isInvalid(x.type) || (lhs.type !== NOTYPE && isInvalid(lhs.type))) {
    if (lhs.type === NOTYPE) lhs.type = Typ.Invalid;
    // go1.19 marked such variables used, avoiding follow-on unused errors
    if (this.minor < 20) lhs.used = true;
    x.mode = 'invalid';
    return;
  }
  if (lhs.type === NOTYPE) {
    let typ = x.type;
    if (isUntyped(typ)) {
      if (unalias(typ) === Typ.UntypedNil) {
        this.error(x.expr!.pos, `use of untyped nil in ${context}`);
        lhs.type = Typ.Invalid;
        x.mode = 'invalid';
        return;
      }
      typ = defaultType(typ);
    }
    lhs.type = typ;
  }
  this.assignment(x, lhs.type, context);
  if (this.minor < 20 && isBad(x)) lhs.used = true;
};

proto.initVars = function (this: Checker, lhs: Var[], origRhs: ast.Expr[], returnStmt: ast.ReturnStmt | null): void {
  const context = returnStmt !== null ? 'return statement' : 'assignment';
  const l = lhs.length;
  let r = origRhs.length;
  const isCall = r === 1 && unparen(origRhs[0]).kind === 'CallExpr';
  if (l === r && !isCall) {
    for (let i = 0; i < l; i++) {
      const x = invalidOperand(origRhs[i]);
      const hint = lhs[i].type !== NOTYPE ? lhs[i].type : null;
      if (hint !== null) this.exprWithHint(x, origRhs[i], hint, lhs[i].name || 'result variable', 21);
      else this.expr(x, origRhs[i]);
      this.initVar(lhs[i], x, context);
    }
    return;
  }
  if (r !== 1) {
    const rhs = origRhs.map((e) => {
      const x = invalidOperand(e);
      this.expr(x, e);
      return x;
    });
    for (const v of lhs) if (v.type === NOTYPE) v.type = Typ.Invalid;
    if (returnStmt !== null) {
      this.returnError(returnStmt.pos, lhs, rhs);
      return;
    }
    if (rhs.some((x) => x.mode === 'invalid')) return;
    this.assignError(origRhs, l, r);
    return;
  }
  const rhs = this.multiExpr(origRhs[0], l === 2 && returnStmt === null);
  r = rhs.length;
  if (l === r) {
    for (let i = 0; i < l; i++) this.initVar(lhs[i], rhs[i], context);
    return;
  }
  if (rhs[0].mode !== 'invalid') {
    if (returnStmt !== null) this.returnError(returnStmt.pos, lhs, rhs);
    else this.assignError(origRhs, l, r);
  }
  for (const v of lhs) if (v.type === NOTYPE) v.type = Typ.Invalid;
};

function measure(n: number, unit: string): string {
  return `${n} ${unit}${n !== 1 ? 's' : ''}`;
}

proto.assignError = function (this: Checker, rhs: ast.Expr[], l: number, r: number): void {
  const vars = measure(l, 'variable');
  const vals = measure(r, 'value');
  const rhs0 = rhs[0];
  if (rhs.length === 1) {
    const c = unparen(rhs0);
    if (c.kind === 'CallExpr') {
      this.error(rhs0.pos, `assignment mismatch: ${vars} but ${exprString(c.fun)} returns ${vals}`);
      return;
    }
  }
  this.error(rhs0.pos, `assignment mismatch: ${vars} but ${vals}`);
};

proto.returnError = function (this: Checker, at: number, lhs: Var[], rhs: Operand[]): void {
  const l = lhs.length;
  const r = rhs.length;
  let qualifier = 'not enough';
  if (r > l) {
    at = rhs[l].expr!.pos;
    qualifier = 'too many';
  } else if (r > 0) at = rhs[r - 1].expr!.pos;
  this.error(at, `${qualifier} return values\n\thave ${this.typesSummary(rhs.map((x) => x.type), false, false)}\n\twant ${this.typesSummary(lhs.map((v) => v.type), false, false)}`);
};

proto.lhsVar = function (this: Checker, lhs: ast.Expr): Type | null {
  const id = unparen(lhs);
  if (id.kind === 'Ident' && id.name === '_') {
    this.recordDef(id, null);
    return null;
  }
  let v: Var | null = null;
  let vUsed = false;
  if (id.kind === 'Ident') {
    const o = lookupFrom(this.env.scope, id.name);
    if (o !== undefined && o.kind === 'Var' && o.pkg === this.pkg) {
      v = o;
      vUsed = o.used;
    }
  }
  const x = invalidOperand(lhs);
  this.expr(x, lhs);
  if (v !== null) v.used = vUsed;
  if (x.mode === 'invalid') return Typ.Invalid;
  switch (x.mode) {
    case 'variable':
    case 'mapindex':
      break;
    default: {
      const e = unparen(lhs);
      if (e.kind === 'SelectorExpr') {
        const t = this.info.types.get(e.x.id);
        if (t !== undefined && t.mode === 'mapindex') {
          this.error(lhs.pos, `cannot assign to struct field ${exprString(lhs)} in map`);
          return Typ.Invalid;
        }
      }
      this.error(lhs.pos, `cannot assign to ${exprString(lhs)} (neither addressable nor a map index expression)`);
      return Typ.Invalid;
    }
  }
  return x.type;
};

proto.assignVar = function (this: Checker, lhs: ast.Expr, rhs: ast.Expr | null, x: Operand | null, context: string): void {
  const T = this.lhsVar(lhs);
  if (T !== null && isInvalid(T)) {
    if (x !== null) x.mode = 'invalid';
    else if (rhs !== null) this.useExpr(rhs);
    return;
  }
  if (x === null) {
    x = invalidOperand(rhs);
    if (T !== null) this.exprWithHint(x, rhs!, T, exprString(lhs), 21);
    else this.expr(x, rhs!);
  }
  if (T === null && context === 'assignment') context = 'assignment to _ identifier';
  this.assignment(x, T, context);
};

proto.assignVars = function (this: Checker, lhs: ast.Expr[], origRhs: ast.Expr[]): void {
  const l = lhs.length;
  let r = origRhs.length;
  const isCall = r === 1 && unparen(origRhs[0]).kind === 'CallExpr';
  if (l === r && !isCall) {
    for (let i = 0; i < l; i++) this.assignVar(lhs[i], origRhs[i], null, 'assignment');
    return;
  }
  if (r !== 1) {
    const okLHS = lhs.map((e) => this.lhsVar(e)).every((t) => t === null || !isInvalid(t));
    const rhs = origRhs.map((e) => {
      const x = invalidOperand(e);
      this.expr(x, e);
      return x;
    });
    if (!okLHS || rhs.some((x) => x.mode === 'invalid')) return;
    this.assignError(origRhs, l, r);
    return;
  }
  const rhs = this.multiExpr(origRhs[0], l === 2);
  r = rhs.length;
  if (l === r) {
    for (let i = 0; i < l; i++) this.assignVar(lhs[i], null, rhs[i], 'assignment');
    return;
  }
  if (rhs[0].mode !== 'invalid') this.assignError(origRhs, l, r);
  for (const e of lhs) this.lhsVar(e);
};

proto.shortVarDecl = function (this: Checker, s: ast.AssignStmt | ast.RangeStmt, lhs: ast.Expr[], rhs: ast.Expr[]): void {
  const top = this.delayed.length;
  const scope = this.env.scope;
  const seen = new Set<string>();
  const lhsVars: (Var | null)[] = [];
  const newVars: Var[] = [];
  const newIds: ast.Ident[] = [];
  let hasErr = false;
  for (const e of lhs) {
    if (e.kind !== 'Ident') {
      this.useExpr(e);
      this.error(e.pos, `non-name ${exprString(e)} on left side of :=`);
      hasErr = true;
      lhsVars.push(null);
      continue;
    }
    const name = e.name;
    if (name !== '_') {
      if (seen.has(name)) {
        this.error(e.pos, `${name} repeated on left side of :=`);
        hasErr = true;
        lhsVars.push(null);
        continue;
      }
      seen.add(name);
    }
    const alt = scope.elems.get(name);
    if (alt !== undefined) {
      this.recordUse(e, alt);
      if (alt.kind === 'Var') lhsVars.push(alt);
      else {
        this.error(e.pos, `cannot assign to ${exprString(e)}`);
        hasErr = true;
        lhsVars.push(null);
      }
      continue;
    }
    const obj = newVar(name, e.pos, this.pkg, NOTYPE);
    lhsVars.push(obj);
    if (name !== '_') {
      newVars.push(obj);
      newIds.push(e);
    }
    this.recordDef(e, obj);
  }
  const vars = lhsVars.map((v, i) => v ?? newVar('_', lhs[i].pos, this.pkg, NOTYPE));
  if (s.kind === 'AssignStmt') {
    // reused variables keep their type: initVars treats them as typed targets
    this.initVars(vars, rhs, null);
    // reused variables are assigned, not used
  }
  for (const v of vars) if (v.type === NOTYPE) v.type = Typ.Invalid;
  this.processDelayed(top);
  if (newVars.length === 0 && !hasErr) {
    this.error(s.kind === 'AssignStmt' ? s.tokPos : s.pos, 'no new variables on left side of :=');
    return;
  }
  for (const v of newVars) {
    const alt = scope.elems.get(v.name);
    if (alt === undefined) {
      scope.elems.set(v.name, v);
      v.parent = scope;
    }
  }
};

// ---------------------------------------------------------------------------
// Switch statements

proto.switchStmt = function (this: Checker, s: ast.SwitchStmt, inner: number): void {
  this.openScope(s, s.pos, s.end);
  this.simpleStmt(s.init);
  const x = invalidOperand(s.tag);
  if (s.tag !== null) {
    this.expr(x, s.tag);
    this.assignment(x, null, 'switch expression');
    if (x.mode !== 'invalid' && !comparableType(x.type) && !hasNil(x.type)) {
      this.error(s.tag.pos, `cannot switch on ${this.opString(x)} (${this.ts(x.type)} is not comparable)`);
      x.mode = 'invalid';
    }
  } else {
    x.mode = 'constant';
    x.type = Typ.Bool;
    x.val = constant.makeBool(true);
    x.expr = null;
  }
  const seen = new Map<string, number>();
  let firstDefault: ast.CaseClause | null = null;
  const clauses = s.body.list as ast.CaseClause[];
  clauses.forEach((clause) => {
    if (clause.list === null) {
      if (firstDefault !== null) this.error(clause.pos, `multiple defaults (first at ${this.posString(firstDefault.pos)})`);
      else firstDefault = clause;
    } else {
      for (const e of clause.list) {
        const y = invalidOperand(e);
        this.expr(y, e);
        if (x.mode === 'invalid' || y.mode === 'invalid') continue;
        const xo: Operand = x.expr === null ? { ...x, expr: { kind: 'Ident', id: -1, pos: e.pos, end: e.pos, name: 'true' } } : { ...x };
        this.convertUntyped(y, x.type);
        if (isBad(y)) continue;
        const yy = { ...y };
        const xx = { ...xo };
        this.comparison(yy, xx, '==', true);
        if (yy.mode === 'invalid') continue;
        if (y.mode === 'constant' && y.val!.kind !== 'bool') {
          const k = constKey(y.val!);
          if (k !== null) {
            const key = k + typeKeyStr(y.type);
            const prev = seen.get(key);
            if (prev !== undefined) {
              this.error(e.pos, `duplicate case ${this.opString(y)} in expression switch\n\t${this.posString(prev)}: previous case`);
            } else seen.set(key, e.pos);
          }
        }
      }
    }
    this.openScope(clause, clause.pos, clause.end);
    this.stmtList(clause.body, inner);
    this.closeScope();
  });
  this.closeScope();
};


proto.typeSwitchStmt = function (this: Checker, s: ast.TypeSwitchStmt, inner: number): void {
  this.openScope(s, s.pos, s.end);
  this.simpleStmt(s.init);
  let lhs: ast.Ident | null = null;
  let guard: ast.TypeAssertExpr;
  if (s.assign.kind === 'AssignStmt') {
    lhs = s.assign.lhs[0] as ast.Ident;
    guard = s.assign.rhs[0] as ast.TypeAssertExpr;
    if (lhs.name === '_') {
      this.error(lhs.pos, 'no new variable on left side of :=');
      lhs = null;
    } else this.recordDef(lhs, null);
  } else guard = (s.assign as ast.ExprStmt).x as ast.TypeAssertExpr;
  const x = invalidOperand(guard.x);
  this.expr(x, guard.x);
  let valid = x.mode !== 'invalid';
  if (valid) {
    if (isTypeParam(x.type)) {
      this.error(guard.x.pos, `cannot use type switch on type parameter value ${this.opString(x)}`);
      valid = false;
    } else if (!isInterface(x.type)) {
      this.error(guard.x.pos, `${this.opString(x)} is not an interface`);
      valid = false;
    }
  }
  const lhsVars: Var[] = [];
  const seen: { t: Type | null; pos: number }[] = [];
  let firstDefault: ast.CaseClause | null = null;
  for (const clause of s.body.list as ast.CaseClause[]) {
    let T: Type | null = null;
    if (clause.list === null) {
      if (firstDefault !== null) this.error(clause.pos, `multiple defaults (first at ${this.posString(firstDefault.pos)})`);
      else firstDefault = clause;
    } else {
      for (const e of clause.list) {
        let t: Type | null;
        if (e.kind === 'Ident' && e.name === 'nil' && lookupFrom(this.env.scope, 'nil')?.kind === 'Nil') {
          t = null;
          this.recordTypeAndValue(e, 'nilvalue', Typ.UntypedNil, null);
          this.recordUse(e, lookupFrom(this.env.scope, 'nil')!);
        } else {
          t = this.varType(e);
          if (isInvalid(t)) {
            T = t;
            continue;
          }
        }
        const dup = seen.find((p) => (p.t === null && t === null) || (p.t !== null && t !== null && identical(p.t, t)));
        if (dup !== undefined) {
          const ts = t === null ? 'nil' : this.ts(t);
          this.error(e.pos, `duplicate case ${ts} in type switch\n\t${this.posString(dup.pos)}: previous case`);
          continue;
        }
        seen.push({ t, pos: e.pos });
        if (valid && t !== null) this.typeAssertion(e, x, t, true);
        T = clause.list.length === 1 ? t : null;
        if (clause.list.length === 1 && t === null) T = null;
      }
    }
    this.openScope(clause, clause.pos, clause.end);
    if (lhs !== null) {
      let vt: Type = valid ? x.type : Typ.Invalid;
      if (clause.list !== null && clause.list.length === 1 && T !== null) vt = T;
      const v = newVar(lhs.name, lhs.pos, this.pkg, vt);
      scopeDeclare(this.env.scope, v);
      this.info.implicits.set(clause.id, v);
      lhsVars.push(v);
    }
    this.stmtList(clause.body, inner);
    this.closeScope();
  }
  if (lhs !== null) {
    const used = lhsVars.some((v) => v.used);
    // types2 stmt.go keeps the older wording for the type switch symbol
    if (!used) this.error(lhs.pos, this.minor < 20 ? `${lhs.name} declared but not used` : `${lhs.name} declared and not used`);
    for (const v of lhsVars) v.used = true;
  }
  this.closeScope();
};

function scopeDeclare(scope: Scope, v: Var): void {
  scope.elems.set(v.name, v);
  v.parent = scope;
}

proto.selectStmt = function (this: Checker, s: ast.SelectStmt, inner: number): void {
  for (const clause of s.body.list as ast.CommClause[]) {
    const c = clause.comm;
    let valid = c === null;
    if (c !== null) {
      if (c.kind === 'SendStmt') valid = true;
      else if (c.kind === 'ExprStmt') valid = unparen(c.x).kind === 'UnaryExpr' && (unparen(c.x) as ast.UnaryExpr).op === '<-';
      else if (c.kind === 'AssignStmt' && c.rhs.length === 1) {
        const r = unparen(c.rhs[0]);
        valid = r.kind === 'UnaryExpr' && r.op === '<-';
      }
    }
    if (!valid) {
      this.error(c!.pos, 'select case must be send or receive (possibly with assignment)');
      continue;
    }
    this.openScope(clause, clause.pos, clause.end);
    if (c !== null) this.stmt(c, inner);
    this.stmtList(clause.body, inner);
    this.closeScope();
  }
};

// ---------------------------------------------------------------------------
// Range statements (stmt.go rangeStmt, rangeKeyVal)

proto.rangeStmt = function (this: Checker, s: ast.RangeStmt, inner: number): void {
  this.openScope(s, s.pos, s.end);
  const x = invalidOperand(s.x);
  this.expr(x, s.x);
  let key: Type | null = null;
  let val: Type | null = null;
  let ok = false;
  let cause: string;
  let isFunc: boolean;
  const nlhs = s.lhs.length;
  if (x.mode !== 'invalid') {
    const rk = this.rangeKeyVal(x);
    key = rk.key;
    val = rk.val;
    ok = rk.ok;
    cause = rk.cause;
    isFunc = rk.isFunc;
    if (!ok) {
      if (cause !== '') this.error(s.x.pos, `cannot range over ${this.opString(x)}: ${cause}`);
      else this.error(s.x.pos, `cannot range over ${this.opString(x)}`);
    } else if (nlhs > 0 && isFunc && rk.nvals < nlhs) {
      this.error(s.lhs[rk.nvals].pos, `range over ${this.opString(x)} permits only ${rk.nvals} iteration variable${rk.nvals === 1 ? '' : 's'}`);
      ok = false;
    } else if (!isFunc && val === null && nlhs > 1) {
      this.error(s.lhs[1].pos, `range over ${this.opString(x)} permits only one iteration variable`);
      ok = false;
    } else if (nlhs > 2) {
      this.error(s.lhs[2].pos, `range clause permits at most two iteration variables`);
      ok = false;
    }
  }
  if (!ok) {
    key = null;
    val = null;
  }
  const lhs = [s.key, s.value];
  const rhs = [key, val];
  if (s.tok === ':=') {
    const vars: Var[] = [];
    for (let i = 0; i < 2; i++) {
      const e = lhs[i];
      if (e === null) continue;
      let v: Var;
      if (e.kind === 'Ident' && i === 1 && e.name !== '_' && lhs[0]?.kind === 'Ident' && lhs[0].name === e.name) {
        this.error(e.pos, `${e.name} repeated on left side of :=`);
        v = newVar('_', e.pos, this.pkg, Typ.Invalid);
      } else if (e.kind === 'Ident') {
        v = newVar(e.name, e.pos, this.pkg, Typ.Invalid);
        this.recordDef(e, v);
        if (e.name !== '_') vars.push(v);
      } else {
        this.error(e.pos, `non-name ${exprString(e)} on left side of :=`);
        v = newVar('_', e.pos, this.pkg, Typ.Invalid);
      }
      const t = rhs[i];
      if (t !== null) {
        if (isUntyped(t) && x.mode === 'constant' && i === 0) {
          // range over untyped constant n: key type is the default type
          v.type = defaultType(t);
          const xo: Operand = { ...x, type: t };
          this.convertUntyped(xo, v.type);
        } else v.type = t;
      }
    }
    if (vars.length === 0 && s.tok === ':=' && lhs.every((e) => e === null || (e.kind === 'Ident' && e.name === '_'))) {
      // `for _ = range` with := and only blanks
      if (lhs.some((e) => e !== null)) this.error(s.tokPos >= 0 ? s.tokPos : s.pos, 'no new variables on left side of :=');
    }
    for (const v of vars) scopeDeclare(this.env.scope, v);
  } else if (s.tok === '=') {
    for (let i = 0; i < 2; i++) {
      const e = lhs[i];
      if (e === null) continue;
      const t = rhs[i];
      if (t === null) {
        this.lhsVar(e);
        continue;
      }
      const op: Operand = { mode: 'value', expr: e, type: t, val: null, id: null };
      if (isUntyped(t)) {
        const T = this.lhsVar(e);
        if (T !== null && !isInvalid(T)) {
          const xo: Operand = { ...x, expr: s.x };
          this.assignment(xo, T, 'range clause');
        }
        continue;
      }
      this.assignVar(e, null, op, 'range clause');
    }
  } else if (ok && x.mode === 'constant' && isUntyped(x.type)) {
    this.convertUntyped(x, defaultType(x.type));
  }
  this.stmt(s.body, inner);
  this.closeScope();
};

declare module './expr.ts' {
  interface Checker {
    rangeKeyVal(x: Operand): { key: Type | null; val: Type | null; ok: boolean; cause: string; isFunc: boolean; nvals: number };
  }
}

proto.rangeKeyVal = function (this: Checker, x: Operand) {
  const bad = (cause = ''): { key: null; val: null; ok: boolean; cause: string; isFunc: boolean; nvals: number } => ({ key: null, val: null, ok: false, cause, isFunc: false, nvals: 0 });
  const orig = x.type;
  let u = coreType(orig);
  if (u === null) {
    if (isTypeParam(orig)) return bad('no core type');
    return bad();
  }
  if (isUntyped(orig) && x.mode === 'constant') u = underlying(orig);
  switch (u.kind) {
    case 'Basic':
      if (isString(u)) return { key: Typ.Int, val: Typ.Rune, ok: true, cause: '', isFunc: false, nvals: 2 };
      if (isInteger(u)) {
        if (!this.allowVersion(22)) return bad(); // the go1.21 toolchain has no range over int at all
        return { key: orig, val: null, ok: true, cause: '', isFunc: false, nvals: 1 };
      }
      return bad();
    case 'Array':
      return { key: Typ.Int, val: u.elem, ok: true, cause: '', isFunc: false, nvals: 2 };
    case 'Slice':
      return { key: Typ.Int, val: u.elem, ok: true, cause: '', isFunc: false, nvals: 2 };
    case 'Pointer': {
      const a = underlying(u.elem);
      if (a.kind === 'Array') return { key: Typ.Int, val: a.elem, ok: true, cause: '', isFunc: false, nvals: 2 };
      return bad();
    }
    case 'Map':
      return { key: u.key, val: u.elem, ok: true, cause: '', isFunc: false, nvals: 2 };
    case 'Chan':
      if (u.dir === 'send') return bad('receive from send-only channel');
      return { key: u.elem, val: null, ok: true, cause: '', isFunc: false, nvals: 1 };
    case 'Signature': {
      if (!this.allowVersion(23)) return bad();
      if (u.params.vars.length !== 1) return bad('func must be func(yield func(...) bool): wrong argument count');
      const cb = coreType(u.params.vars[0].type);
      if (cb === null || cb.kind !== 'Signature' || cb.results.vars.length !== 1 || !isBoolean(cb.results.vars[0].type)) {
        return bad('func must be func(yield func(...) bool): argument is not func');
      }
      if (u.results.vars.length !== 0) return bad('func must be func(yield func(...) bool): func returns values');
      if (cb.params.vars.length > 2) return bad('func must be func(yield func(...) bool): yield func has too many parameters');
      const k = cb.params.vars.length > 0 ? cb.params.vars[0].type : null;
      const v = cb.params.vars.length > 1 ? cb.params.vars[1].type : null;
      return { key: k, val: v, ok: true, cause: '', isFunc: true, nvals: cb.params.vars.length };
    }
    default:
      return bad();
  }
};

// ---------------------------------------------------------------------------
// Terminating statements (return.go)

export function isTerminating(s: ast.Stmt, label: string, info: Info): boolean {
  switch (s.kind) {
    case 'ReturnStmt':
      return true;
    case 'BranchStmt':
      return s.tok === 'goto' || s.tok === 'fallthrough';
    case 'ExprStmt': {
      const c = unparen(s.x);
      if (c.kind === 'CallExpr') {
        const f = unparen(c.fun);
        if (f.kind === 'Ident' && f.name === 'panic' && info.uses.get(f.id)?.kind === 'Builtin') return true;
      }
      return false;
    }
    case 'BlockStmt':
      return isTerminatingList(s.list, '', info);
    case 'IfStmt':
      return s.else !== null && isTerminating(s.body, '', info) && isTerminating(s.else, '', info);
    case 'LabeledStmt':
      return isTerminating(s.stmt, s.label.name, info);
    case 'SwitchStmt':
      return isTerminatingSwitch(s.body, label, info);
    case 'TypeSwitchStmt':
      return isTerminatingSwitch(s.body, label, info);
    case 'SelectStmt':
      for (const c of s.body.list as ast.CommClause[]) {
        if (!isTerminatingList(c.body, '', info) || hasBreakList(c.body, label, true)) return false;
      }
      return true;
    case 'ForStmt':
      return s.cond === null && !hasBreak(s.body, label, true);
    default:
      return false;
  }
}

function isTerminatingList(list: ast.Stmt[], label: string, info: Info): boolean {
  // trailing empty statements are permitted
  let i = list.length - 1;
  while (i >= 0 && list[i].kind === 'EmptyStmt') i--;
  return i >= 0 && isTerminating(list[i], label, info);
}

function isTerminatingSwitch(body: ast.BlockStmt, label: string, info: Info): boolean {
  let hasDefault = false;
  for (const c of body.list as ast.CaseClause[]) {
    if (c.list === null) hasDefault = true;
    if (!isTerminatingList(c.body, '', info) || hasBreakList(c.body, label, true)) return false;
  }
  return hasDefault;
}

function hasBreakList(list: ast.Stmt[], label: string, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}

function hasBreak(s: ast.Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case 'BranchStmt':
      if (s.tok === 'break') {
        if (s.label === null) return implicit;
        if (s.label.name === label) return true;
      }
      return false;
    case 'LabeledStmt':
      return hasBreak(s.stmt, label, implicit);
    case 'BlockStmt':
      return hasBreakList(s.list, label, implicit);
    case 'IfStmt':
      return hasBreak(s.body, label, implicit) || (s.else !== null && hasBreak(s.else, label, implicit));
    case 'CaseClause':
    case 'CommClause':
      return hasBreakList(s.body, label, implicit);
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
    case 'SelectStmt':
    case 'ForStmt':
    case 'RangeStmt':
      return label !== '' && hasBreak(s.body, label, false);
    default:
      return false;
  }
}

void isInteger;
