// Calls, conversions, builtins and type inference, following go1.27 types2 call.go
// (callExpr, arguments, funcInst), conversions.go (conversion, convertibleTo),
// builtins.go (builtin) and infer.go/unify.go (reduced to argument unification plus
// core-type inference from constraints, then default types for untyped constants).

import type * as ast from '../frontend/ast.ts';
import { exprString } from '../frontend/printer.ts';
import type { Basic, Signature, Type, TypeParam, Var } from './types.ts';
import {
  Typ, identical, isConstType, isInteger, isInterface, isInvalid, isNumeric, isString, isTypeParam, isUntyped,
  newTuple, newVar, underlying, unalias, isBoolean, isFloat, basicOf, emptyTuple,
} from './types.ts';
import * as constant from './constant.ts';
import { Checker, invalidOperand, isBad, defaultType, isTyped, hasNil, representableConst, isNamedT } from './expr.ts';
import type { Operand } from './expr.ts';
import { coreType, makeSubstMap, subst, tparamTypeSet, typeSet, comparableType, lookupFieldOrMethod } from './lookup.ts';

declare module './expr.ts' {
  interface Checker {
    arguments(call: ast.CallExpr, sig: Signature, args: Operand[], fname: string, ddd: boolean): Signature;
    conversion(x: Operand, T: Type, call: ast.CallExpr): void;
    builtin(x: Operand, call: ast.CallExpr, id: string): void;
    genericArgs(call: ast.CallExpr): Operand[];
    infer(pos: number, tps: TypeParam[], targs: Type[], params: Var[], args: Operand[], fname: string): Type[] | null;
    typesSummary(list: Type[], variadic: boolean, hasDots: boolean): string;
  }
}

const proto = Checker.prototype;

proto.callExpr = function (this: Checker, x: Operand, call: ast.CallExpr): void {
  // function instantiation f[T](...)
  let fun = call.fun;
  while (fun.kind === 'ParenExpr') fun = fun.x;
  this.exprOrType(x, call.fun, true);
  switch (x.mode) {
    case 'invalid':
      for (const a of call.args) this.useExpr(a);
      x.expr = call;
      return;
    case 'typexpr': {
      const T = x.type;
      x.mode = 'invalid';
      if (call.args.length !== 1) {
        if (call.args.length === 0) this.error(call.rparen, `missing argument in conversion to ${this.ts(T)}`);
        else this.error(call.args[1].pos, `too many arguments in conversion to ${this.ts(T)}`);
        for (const a of call.args) this.useExpr(a);
        x.expr = call;
        return;
      }
      if (call.ellipsis >= 0) {
        this.error(call.args[0].pos, `invalid use of ... in conversion to ${this.ts(T)}`);
        this.useExpr(call.args[0]);
        x.expr = call;
        return;
      }
      this.exprWithHint(x, call.args[0], T);
      if (x.mode === 'invalid') {
        x.expr = call;
        return;
      }
      this.conversion(x, T, call);
      x.expr = call;
      return;
    }
    case 'builtin':
      this.builtin(x, call, x.id!);
      x.expr = call;
      this.env.hasCallOrRecv = true;
      return;
    default:
      break;
  }
  this.env.hasCallOrRecv = true;
  const sig0 = coreType(x.type);
  if (sig0 === null || sig0.kind !== 'Signature') {
    this.error(x.expr!.pos, `invalid operation: cannot call ${this.opString(x)}: ${this.ts(x.type)} is not a function`);
    for (const a of call.args) this.useExpr(a);
    x.mode = 'invalid';
    x.expr = call;
    return;
  }
  let sig = sig0;
  // explicit type arguments
  let targs: Type[] = [];
  let fnExpr = call.fun;
  while (fnExpr.kind === 'ParenExpr') fnExpr = fnExpr.x;
  if ((fnExpr.kind === 'IndexExpr' || fnExpr.kind === 'IndexListExpr') && sig.typeParams.length > 0) {
    const xl = fnExpr.kind === 'IndexExpr' ? [fnExpr.index] : fnExpr.indices;
    targs = xl.map((a) => this.varType(a));
    if (targs.length > sig.typeParams.length) {
      this.error(xl[sig.typeParams.length].pos, `got ${targs.length} type arguments but want ${sig.typeParams.length}`);
      x.mode = 'invalid';
      x.expr = call;
      return;
    }
  }
  const args = this.genericArgs(call);
  const fname = exprString(call.fun);
  sig = this.arguments(call, sig, args, fname, call.ellipsis >= 0);
  if (sig.typeParams.length > 0 && sig === sig0 && targs.length === 0) {
    // inference failed (reported)
  }
  const res = sig.results.vars;
  if (res.length === 0) {
    x.mode = 'novalue';
    x.type = emptyTuple;
  } else if (res.length === 1) {
    x.mode = 'value';
    x.type = res[0].type;
  } else {
    x.mode = 'value';
    x.type = sig.results;
  }
  x.expr = call;
  if (sig !== sig0 && fnExpr.kind !== 'IndexExpr' && fnExpr.kind !== 'IndexListExpr') {
    this.recordTypeAndValue(call.fun, 'value', sig, null);
  }
};

/** Evaluates call arguments (a single multi-value call spreads). */
proto.genericArgs = function (this: Checker, call: ast.CallExpr): Operand[] {
  if (call.args.length === 1) {
    return this.multiExpr(call.args[0], false, true);
  }
  return call.args.map((a) => {
    const x = invalidOperand(a);
    this.rawExpr(x, a, null, true);
    this.exclude(x, ['novalue', 'builtin', 'typexpr']);
    this.singleValue(x);
    return x;
  });
};

proto.typesSummary = function (this: Checker, list: Type[], variadic: boolean, hasDots: boolean): string {
  const res = list.map((t, i) => {
    let s: string;
    if (isInvalid(t)) s = 'unknown type';
    else if (isUntyped(t)) s = isNumeric(t) ? 'number' : (unalias(t) as Basic).name.replace('untyped ', '');
    else s = this.ts(t);
    if (i === list.length - 1) {
      if (variadic) {
        const u = unalias(t);
        if (u.kind === 'Slice') s = this.ts(u.elem);
        s = '...' + s;
      } else if (hasDots) s += '...';
    }
    return s;
  });
  return '(' + res.join(', ') + ')';
};

proto.arguments = function (this: Checker, call: ast.CallExpr, sig: Signature, args: Operand[], fname: string, ddd: boolean): Signature {
  if (args.some((a) => a.mode === 'invalid')) {
    return sig.typeParams.length > 0 ? { ...sig, typeParams: [] , results: newTuple(sig.results.vars.map(() => newVar('', -1, null, Typ.Invalid)))} : sig;
  }
  const nargs = args.length;
  let params = sig.params.vars;
  const npars = params.length;
  let adjusted = false;
  if (sig.variadic) {
    if (ddd) {
      if (call.args.length === 1 && nargs > 1) {
        this.error(call.args[0].pos, `cannot use ... with ${nargs}-valued ${exprString(call.args[0])}`);
        return sig;
      }
    } else if (nargs >= npars - 1) {
      const last = params[npars - 1];
      const et = (unalias(last.type) as { elem: Type }).elem;
      const vars = params.slice(0, npars - 1);
      for (let i = npars - 1; i < nargs; i++) vars.push(newVar(last.name, last.pos, last.pkg, et));
      params = vars;
      adjusted = true;
    }
  } else if (ddd) {
    this.error(call.ellipsis, `cannot use ... in call to non-variadic ${fname}`);
    return sig;
  }
  void adjusted;
  if (nargs !== params.length) {
    let at: number = call.pos;
    let qualifier = 'not enough';
    if (nargs > params.length) {
      at = args[params.length].expr!.pos;
      qualifier = 'too many';
    } else if (nargs > 0) at = args[nargs - 1].expr!.pos;
    this.error(at, `${qualifier} arguments in call to ${fname}\n\thave ${this.typesSummary(args.map((a) => a.type), false, ddd)}\n\twant ${this.typesSummary(sig.params.vars.map((v) => v.type), sig.variadic, false)}`);
    return sig.typeParams.length > 0 ? { ...sig, typeParams: [], results: newTuple(sig.results.vars.map(() => newVar('', -1, null, Typ.Invalid))) } : sig;
  }
  let rsig = sig;
  if (sig.typeParams.length > 0) {
    let fnExpr = call.fun;
    while (fnExpr.kind === 'ParenExpr') fnExpr = fnExpr.x;
    let targs: Type[] = [];
    if (fnExpr.kind === 'IndexExpr' || fnExpr.kind === 'IndexListExpr') {
      const xl = fnExpr.kind === 'IndexExpr' ? [fnExpr.index] : fnExpr.indices;
      targs = xl.map((a) => this.info.types.get(a.id)?.type ?? Typ.Invalid);
    }
    const inferred = this.infer(call.lparen, sig.typeParams, targs, params, args, fname);
    if (inferred === null) {
      for (const a of args) if (isUntyped(a.type)) this.convertUntyped(a, defaultType(a.type));
      return { ...sig, typeParams: [], results: newTuple(sig.results.vars.map(() => newVar('', -1, null, Typ.Invalid))) };
    }
    // verify constraints
    if (!this.verifyTypeArgs(sig.typeParams, inferred, () => call.lparen)) {
      return { ...sig, typeParams: [], results: newTuple(sig.results.vars.map(() => newVar('', -1, null, Typ.Invalid))) };
    }
    const smap = makeSubstMap(sig.typeParams, inferred);
    rsig = { ...(subst({ ...sig, typeParams: [] }, smap) as Signature), typeParams: [] };
    params = params.map((p) => newVar(p.name, p.pos, p.pkg, subst(p.type, smap)));
    let id: ast.Expr = fnExpr.kind === 'IndexExpr' || fnExpr.kind === 'IndexListExpr' ? fnExpr.x : fnExpr;
    if (id.kind === 'SelectorExpr') id = id.sel;
    if (id.kind === 'Ident') this.info.instances.set(id.id, { typeArgs: inferred, type: rsig });
  }
  const context = `argument to ${fname}`;
  for (let i = 0; i < nargs; i++) {
    const a = args[i];
    let pt = params[i].type;
    if (ddd && i === nargs - 1 && sig.variadic) {
      // f(s...): s must be assignable to []T
      pt = params[i].type;
      if (isUntyped(a.type) && a.mode === 'nilvalue') {
        // nil... is allowed for slices
      }
    }
    this.assignment(a, pt, context);
  }
  return rsig;
};

/** Infers type arguments from typed arguments, core types, and untyped defaults. */
proto.infer = function (this: Checker, pos: number, tps: TypeParam[], targs0: Type[], params: Var[], args: Operand[], fname: string): Type[] | null {
  // go1.23+ prefixes inference errors with the call (types2 call.go)
  // (fname is '' for a function value: funcInst reports no call)
  const inferPrefix = this.allowVersion(23) && fname !== '' ? `in call to ${fname}, ` : '';
  const inferred = new Map<TypeParam, Type>();
  tps.forEach((tp, i) => {
    if (i < targs0.length) inferred.set(tp, targs0[i]);
  });
  const isTP = (t: Type): TypeParam | null => {
    const u = unalias(t);
    return u.kind === 'TypeParam' && tps.includes(u) ? u : null;
  };
  const unify = (x: Type, y: Type, exact: boolean): boolean => {
    const tp = isTP(x);
    if (tp !== null) {
      const cur = inferred.get(tp);
      if (cur === undefined) {
        inferred.set(tp, y);
        return true;
      }
      if (identical(cur, y)) return true;
      // inexact: a named type and its literal underlying unify (go1.21 rules)
      if (!exact) {
        if (isNamedT(cur) && !isNamedT(y) && identical(underlying(cur), y)) return true;
        if (!isNamedT(cur) && isNamedT(y) && identical(cur, underlying(y))) {
          inferred.set(tp, y);
          return true;
        }
        // directional channels
        const cu = underlying(cur);
        const yu = underlying(y);
        if (cu.kind === 'Chan' && yu.kind === 'Chan' && identical(cu.elem, yu.elem)) return true;
      }
      return false;
    }
    const xu = unalias(x);
    let yu = unalias(y);
    // go1.27 types2 unify.go: without exact unification, a bound (outer) type parameter with a
    // core type unifies with that core type (enableCoreTypeUnification).
    if (!exact && yu.kind === 'TypeParam' && xu.kind !== 'Named' && xu.kind !== 'TypeParam') {
      const cy = coreType(yu);
      if (cy !== null) return unify(xu, cy, false);
    }
    if (xu.kind === 'Named' && yu.kind === 'Named') {
      if (xu.orig === yu.orig && xu.typeArgs.length === yu.typeArgs.length) {
        const ya = yu.typeArgs;
        return xu.typeArgs.every((a, i) => unify(a, ya[i] ?? Typ.Invalid, true));
      }
      return identical(xu, yu);
    }
    if (xu.kind !== 'Named' && yu.kind === 'Named' && !exact) yu = underlying(yu);
    if (xu.kind === 'Named' && yu.kind !== 'Named') return !exact && unify(underlying(xu), yu, exact);
    switch (xu.kind) {
      case 'Pointer':
        return yu.kind === 'Pointer' && unify(xu.elem, yu.elem, true);
      case 'Slice':
        return yu.kind === 'Slice' && unify(xu.elem, yu.elem, true);
      case 'Array':
        return yu.kind === 'Array' && xu.len === yu.len && unify(xu.elem, yu.elem, true);
      case 'Map':
        return yu.kind === 'Map' && unify(xu.key, yu.key, true) && unify(xu.elem, yu.elem, true);
      case 'Chan':
        return yu.kind === 'Chan' && unify(xu.elem, yu.elem, true);
      case 'Signature':
        return yu.kind === 'Signature' && xu.params.vars.length === yu.params.vars.length && xu.results.vars.length === yu.results.vars.length &&
          xu.params.vars.every((v, i) => unify(v.type, yu.params.vars[i].type, true)) &&
          xu.results.vars.every((v, i) => unify(v.type, yu.results.vars[i].type, true));
      case 'Struct':
        return yu.kind === 'Struct' && xu.fields.length === yu.fields.length && xu.fields.every((f, i) => f.name === yu.fields[i].name && unify(f.type, yu.fields[i].type, true));
      case 'Interface':
        return identical(xu, yu) || yu.kind === 'Interface';
      default:
        return identical(xu, yu);
    }
  };
  const mentions = (t: Type): boolean => {
    const u = unalias(t);
    switch (u.kind) {
      case 'TypeParam': return tps.includes(u);
      case 'Pointer': case 'Slice': case 'Array': case 'Chan': return mentions(u.elem);
      case 'Map': return mentions(u.key) || mentions(u.elem);
      case 'Signature': return u.params.vars.some((v) => mentions(v.type)) || u.results.vars.some((v) => mentions(v.type));
      case 'Named': return u.typeArgs.some(mentions);
      case 'Struct': return u.fields.some((f) => mentions(f.type));
      default: return false;
    }
  };
  // typed arguments first
  const untypedArgs: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const p = params[i].type;
    if (!mentions(p)) continue;
    const a = args[i];
    if (isUntyped(a.type)) {
      if (isTP(p) !== null) untypedArgs.push(i);
      continue;
    }
    if (!unify(p, a.type, false)) {
      const pt = subst(p, new Map([...inferred]));
      const kind = isTP(p) !== null ? 'type' : 'type';
      void kind;
      let msg: string;
      if (inferred.size === 0) msg = `type ${this.ts(a.type)} of ${exprString(a.expr!)} does not match ${this.ts(p)} (cannot infer ${typeParamsString(tps)})`;
      else if (mentionsInferred(p, inferred) || pt !== p) msg = `type ${this.ts(a.type)} of ${exprString(a.expr!)} does not match inferred type ${this.ts(pt)} for ${this.ts(p)}`;
      else msg = `type ${this.ts(a.type)} of ${exprString(a.expr!)} does not match ${this.ts(p)}`;
      this.error(a.expr!.pos, inferPrefix + msg);
      return null;
    }
  }
  // core types of constraints, and methods of constraints (infer.go)
  for (let iter = 0; iter < 3; iter++) {
    for (const tp of tps) {
      const known = inferred.get(tp);
      const bu = underlying(tp.bound);
      if (known !== undefined && bu.kind === 'Interface') {
        for (const m of typeSet(bu).methods) {
          if (!mentions(m.type)) continue;
          const r = lookupFieldOrMethod(known, true, m.pkg, m.name);
          if (r.obj !== null && r.obj.kind === 'Func') {
            const ft = r.obj.type as Signature;
            unify({ ...(m.type as Signature), recv: null }, { ...ft, recv: null }, true);
          }
        }
      }
      const ts = tparamTypeSet(tp);
      if (ts.terms === null || ts.terms.length !== 1) continue;
      const core = ts.terms[0];
      const cur = inferred.get(tp);
      if (cur !== undefined) {
        if (mentions(core.type)) unify(core.type, core.tilde ? underlying(cur) : cur, false);
      } else if (!core.tilde && !mentions(core.type)) {
        inferred.set(tp, core.type);
      } else if (!mentions(core.type) || [...inferred.keys()].length > 0) {
        const st = subst(core.type, new Map([...inferred]));
        if (!mentions(st) && !core.tilde) inferred.set(tp, st);
        else if (!mentions(st) && core.tilde && cur === undefined) {
          // ~[]E with E known: the core type itself
          inferred.set(tp, st);
        }
      }
    }
  }
  // untyped arguments: default type of the "largest" kind per type parameter
  const byTP = new Map<TypeParam, Operand[]>();
  for (const i of untypedArgs) {
    const tp = isTP(params[i].type)!;
    if (inferred.has(tp)) continue;
    const l = byTP.get(tp) ?? [];
    l.push(args[i]);
    byTP.set(tp, l);
  }
  for (const [tp, list] of byTP) {
    let best: Type | null = null;
    for (const a of list) {
      if (a.mode === 'nilvalue') continue;
      const t = unalias(a.type) as Basic;
      if (best === null) best = t;
      else {
        const rk = (k: Type): number => ['untyped int', 'untyped rune', 'untyped float', 'untyped complex'].indexOf((unalias(k) as Basic).basic);
        if (rk(best) >= 0 && rk(t) >= 0) {
          if (rk(t) > rk(best)) best = t;
        } else if (!identical(best, t)) {
          this.error(a.expr!.pos, `${inferPrefix}mismatched types ${this.ts(best)} and ${this.ts(t)} (cannot infer ${tp.obj.name})`);
          return null;
        }
      }
    }
    if (best !== null) inferred.set(tp, defaultType(best));
  }
  // substitute inferred types into each other
  const result: Type[] = [];
  for (const tp of tps) {
    const t = inferred.get(tp);
    if (t === undefined) {
      this.error(pos, `${inferPrefix}cannot infer ${tp.obj.name} (declared at ${this.posString(tp.obj.pos)})`);
      return null;
    }
    result.push(t);
  }
  const smap = makeSubstMap(tps, result);
  for (let k = 0; k < 3; k++) for (let i = 0; i < result.length; i++) result[i] = subst(result[i], smap);
  return result;
};

function typeParamsString(list: TypeParam[]): string {
  const n = list.map((t) => t.obj.name);
  if (n.length <= 1) return n.join('');
  if (n.length === 2) return n[0] + ' and ' + n[1];
  return n.slice(0, -1).join(', ') + ', and ' + n[n.length - 1];
}

function mentionsInferred(p: Type, inferred: Map<TypeParam, Type>): boolean {
  const u = unalias(p);
  return u.kind === 'TypeParam' && inferred.has(u);
}

/** Function instantiation f[T] without a call. */
proto.funcInst = function (this: Checker, x: Operand, e: ast.IndexExpr | ast.IndexListExpr): void {
  const sig = unalias(x.type) as Signature;
  const xl = e.kind === 'IndexExpr' ? [e.index] : e.indices;
  const targs = xl.map((a) => this.varType(a));
  if (targs.length > sig.typeParams.length) {
    this.error(xl[sig.typeParams.length].pos, `got ${targs.length} type arguments but want ${sig.typeParams.length}`);
    x.mode = 'invalid';
    x.expr = e;
    return;
  }
  if (targs.length < sig.typeParams.length) {
    // partial instantiation: remains generic (may be completed by a call)
    x.expr = e;
    return;
  }
  if (!this.verifyTypeArgs(sig.typeParams, targs, (i) => xl[i].pos)) {
    x.mode = 'invalid';
    x.expr = e;
    return;
  }
  const smap = makeSubstMap(sig.typeParams, targs);
  const inst = { ...(subst({ ...sig, typeParams: [] }, smap) as Signature), typeParams: [] };
  let id: ast.Expr = e.x;
  if (id.kind === 'SelectorExpr') id = id.sel;
  if (id.kind === 'Ident') this.info.instances.set(id.id, { typeArgs: targs, type: inst });
  x.type = inst;
  x.mode = 'value';
  x.expr = e;
};

// ---------------------------------------------------------------------------
// Conversions (conversions.go)

proto.conversion = function (this: Checker, x: Operand, T: Type, call: ast.CallExpr): void {
  const constArg = x.mode === 'constant';
  let ok = false;
  let cause = '';
  const Tu = underlying(T);
  if (constArg && isConstType(T) && !isTypeParam(T)) {
    const b = Tu as Basic;
    const r = representableConst(x.val!, b);
    if (r.ok) {
      ok = true;
      x.val = r.val;
    } else if (isInteger(x.type) && isString(T)) {
      // string(int constant)
      const v = constant.bigIntVal(x.val!);
      const cp = v !== null && v >= 0n && v <= 0x10ffffn && !(v >= 0xd800n && v <= 0xdfffn) ? Number(v) : 0xfffd;
      x.val = constant.makeString(utf8(cp));
      ok = true;
    } else if (isNumeric(x.type) && isNumeric(T)) {
      const trunc = !constant.isIntegral(x.val!) && isInteger(T);
      this.error(x.expr!.pos, `cannot convert ${this.opString(x)} to type ${this.ts(T)}${trunc ? ' (truncated)' : ''}`);
      x.mode = 'invalid';
      return;
    }
  } else if (constArg && isTypeParam(T)) {
    ok = this.convertibleTo(x, T);
    if (ok) x.mode = 'value';
  } else if (x.mode === 'nilvalue' || unalias(x.type) === Typ.UntypedNil) {
    ok = hasNil(T);
    if (ok) {
      x.type = T;
      x.mode = 'value';
      this.recordTypeAndValue(x.expr!, 'value', T, null);
      return;
    }
  } else {
    ok = this.convertibleTo(x, T);
    if (ok) x.mode = 'value';
  }
  if (!ok) {
    if (Tu.kind === 'Interface' && !isTypeParam(T) && x.mode !== 'invalid') cause = this.assignableCause(x, T) ?? '';
    if (cause !== '') this.error(x.expr!.pos, `cannot convert ${this.opString(x)} to type ${this.ts(T)}: ${cause}`);
    else this.error(x.expr!.pos, `cannot convert ${this.opString(x)} to type ${this.ts(T)}`);
    x.mode = 'invalid';
    return;
  }
  if (isUntyped(x.type)) {
    let final = T;
    if (isInterface(T) && !isTypeParam(T) || (constArg && !isConstType(T))) final = defaultType(x.type);
    else if (x.mode === 'constant' && isInteger(x.type) && isString(T)) final = x.type;
    this.updateExprType(x.expr!, final, true);
  }
  if (!(constArg && isConstType(T) && !isTypeParam(T))) {
    if (x.mode === 'constant') x.mode = 'value';
  }
  x.type = T;
  void call;
};

function utf8(r: number): string {
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

declare module './expr.ts' {
  interface Checker {
    convertibleTo(x: Operand, T: Type): boolean;
  }
}

proto.convertibleTo = function (this: Checker, x: Operand, T: Type): boolean {
  if (this.assignableTo(x, T)) return true;
  const V = x.type;
  const Vp = isTypeParam(V);
  const Tp = isTypeParam(T);
  if (Vp || Tp) {
    const vts = Vp ? tparamTypeSet(unalias(V) as TypeParam).terms : [{ tilde: false, type: V }];
    const tts = Tp ? tparamTypeSet(unalias(T) as TypeParam).terms : [{ tilde: false, type: T }];
    if (vts === null || tts === null) return false;
    return vts.every((v) => tts.every((t) => this.convertibleTo({ ...x, type: v.type, mode: 'value' }, t.type)));
  }
  const Vu = underlying(V);
  const Tu = underlying(T);
  const ident = (a: Type, b: Type): boolean => identical(stripTags(a), stripTags(b));
  if (ident(Vu, Tu)) return true;
  const vp = unalias(V);
  const tp = unalias(T);
  if (vp.kind === 'Pointer' && tp.kind === 'Pointer' && !isNamedT(V) && !isNamedT(T)) {
    if (ident(underlying(vp.elem), underlying(tp.elem))) return true;
  }
  if (Vu.kind === 'Pointer' && Tu.kind === 'Pointer' && ident(underlying(Vu.elem), underlying(Tu.elem)) && !isNamedT(V) && !isNamedT(T)) return true;
  const vb = basicOf(V);
  const tb = basicOf(T);
  if (vb !== null && tb !== null) {
    if ((isInteger(vb) || isFloat(vb)) && (isInteger(tb) || isFloat(tb))) return true;
    if (isString(tb) && isInteger(vb)) return true;
  }
  if (isString(V) && Tu.kind === 'Slice') {
    const eb = basicOf(Tu.elem);
    if (eb !== null && (eb.basic === 'uint8' || eb.basic === 'int32')) return true;
  }
  if (isString(T) && Vu.kind === 'Slice') {
    const eb = basicOf(Vu.elem);
    if (eb !== null && (eb.basic === 'uint8' || eb.basic === 'int32')) return true;
  }
  if (Vu.kind === 'Slice') {
    if (Tu.kind === 'Array' && identical(Vu.elem, Tu.elem) && this.allowVersion(20)) return true;
    if (Tu.kind === 'Pointer') {
      const a = underlying(Tu.elem);
      if (a.kind === 'Array' && identical(Vu.elem, a.elem) && this.allowVersion(17)) return true;
    }
  }
  return false;
};

function stripTags(t: Type): Type {
  const u = unalias(t);
  if (u.kind === 'Struct') return { kind: 'Struct', fields: u.fields.map((f) => ({ ...f, type: stripTags(f.type) })), tags: u.tags.map(() => '') };
  return t;
}

// ---------------------------------------------------------------------------
// Builtins (builtins.go)

proto.builtin = function (this: Checker, x: Operand, call: ast.CallExpr, id: string): void {
  const args = call.args;
  const nargs = args.length;
  const name = id;
  const fname = exprString(call.fun);
  const bad = (): void => {
    x.mode = 'invalid';
  };
  if (call.ellipsis >= 0 && id !== 'append') {
    this.error(call.ellipsis, `invalid operation: invalid use of ... with built-in ${name}`);
    for (const a of args) this.useExpr(a);
    return bad();
  }
  const minArgs: Record<string, [number, boolean]> = {
    append: [1, true], cap: [1, false], clear: [1, false], close: [1, false], copy: [2, false], delete: [2, false],
    len: [1, false], make: [1, true], max: [1, true], min: [1, true], new: [1, false], panic: [1, false],
    print: [0, true], println: [0, true], recover: [0, false],
  };
  const [n, variadic] = minArgs[id] ?? [0, true];
  // evaluate arguments (except for make, new: first arg is a type)
  let argOps: Operand[] = [];
  if (id !== 'make' && id !== 'new' && id !== 'append') {
    argOps = this.genericArgs(call);
    if (argOps.some((a) => a.mode === 'invalid')) return bad();
  }
  const count = id === 'make' || id === 'new' || id === 'append' ? nargs : argOps.length;
  if (count < n || (!variadic && count > n)) {
    const msg = count < n ? 'not enough' : 'too many';
    const at = count < n ? call.rparen : args[n].pos;
    void msg;
    this.error(count < n ? call.pos : at, `${count < n ? 'not enough' : 'too many'} arguments for ${exprString(call)} (expected ${n}, found ${count})`);
    if (id === 'make' || id === 'new' || id === 'append') for (const a of args) this.useExpr(a);
    return bad();
  }
  const x0 = argOps[0];
  switch (id) {
    case 'append': {
      // append(f()) with f returning a slice and elements (go1.27 types2 builtins.go _Append
      // evaluates its arguments as a list, unpacking a multi-value call).
      if (nargs === 1 && call.ellipsis < 0 && args[0]!.kind === 'CallExpr') {
        const ops = this.genericArgs(call);
        if (ops.length > 1) {
          if (ops.some((a) => a.mode === 'invalid')) return bad();
          const st = ops[0]!.type;
          const su = coreType(st);
          if (su === null || su.kind !== 'Slice') {
            this.error(args[0]!.pos, `invalid append: argument must be a slice; have ${this.opString(ops[0]!)}`);
            return bad();
          }
          for (const y of ops.slice(1)) {
            this.assignment(y, su.elem, `argument to ${fname}`);
            if (isBad(y)) return bad();
          }
          x.mode = 'value';
          x.type = st;
          this.recordTypeAndValue(call.fun, 'builtin', { kind: 'Signature', recv: null, typeParams: [], recvTypeParams: [], params: newTuple([newVar('', -1, null, st), newVar('', -1, null, { kind: 'Slice', elem: su.elem })]), results: newTuple([newVar('', -1, null, st)]), variadic: true }, null);
          return;
        }
        const s0 = ops[0];
        if (s0 === undefined || s0.mode === 'invalid') return bad();
        const su0 = coreType(s0.type);
        if (su0 === null || su0.kind !== 'Slice') {
          this.error(args[0]!.pos, `invalid append: argument must be a slice; have ${this.opString(s0)}`);
          return bad();
        }
        x.mode = 'value';
        x.type = s0.type;
        this.recordTypeAndValue(call.fun, 'builtin', { kind: 'Signature', recv: null, typeParams: [], recvTypeParams: [], params: newTuple([newVar('', -1, null, s0.type), newVar('', -1, null, { kind: 'Slice', elem: su0.elem })]), results: newTuple([newVar('', -1, null, s0.type)]), variadic: true }, null);
        return;
      }
      const s = invalidOperand(args[0]);
      this.expr(s, args[0]);
      if (s.mode === 'invalid') {
        for (const a of args.slice(1)) this.useExpr(a);
        return bad();
      }
      const st = s.type;
      const su = coreType(st);
      if (s.mode === 'nilvalue') {
        this.error(s.expr!.pos, `invalid append: argument must be a slice; have untyped nil`);
        for (const a of args.slice(1)) this.useExpr(a);
        return bad();
      }
      if (su === null || su.kind !== 'Slice') {
        this.error(s.expr!.pos, `invalid append: argument must be a slice; have ${this.opString(s)}`);
        for (const a of args.slice(1)) this.useExpr(a);
        return bad();
      }
      if (call.ellipsis >= 0) {
        if (nargs !== 2) {
          this.error(call.pos, `not enough arguments for ${exprString(call)}`);
          return bad();
        }
        const y = invalidOperand(args[1]);
        this.expr(y, args[1]);
        if (y.mode === 'invalid') return bad();
        const eb = basicOf(su.elem);
        // append([]byte, s...) with s a string, or a type parameter whose types are all strings
        // or byte slices (go1.27 types2 builtins.go _Append).
        const bytesOrString = (t: Type): boolean => {
          if (isTypeParam(t)) {
            const ts = tparamTypeSet(unalias(t) as TypeParam);
            return ts.terms !== null && ts.terms.length > 0 && ts.terms.every((x) => bytesOrString(x.type));
          }
          const tu = underlying(t);
          return isString(tu) || (tu.kind === 'Slice' && basicOf(tu.elem)?.basic === 'uint8');
        };
        if (eb !== null && eb.basic === 'uint8' && (isString(y.type) || (isTypeParam(y.type) && bytesOrString(y.type)))) {
          if (isUntyped(y.type)) this.convertUntyped(y, Typ.String);
        } else {
          this.assignment(y, { kind: 'Slice', elem: su.elem }, `argument to ${fname}`);
          if (isBad(y)) return bad();
        }
      } else {
        for (const a of args.slice(1)) {
          const y = invalidOperand(a);
          this.exprWithHint(y, a, su.elem);
          this.assignment(y, su.elem, `argument to ${fname}`);
        }
      }
      x.mode = 'value';
      x.type = st;
      this.recordTypeAndValue(call.fun, 'builtin', { kind: 'Signature', recv: null, typeParams: [], recvTypeParams: [], params: newTuple([newVar('', -1, null, st), newVar('', -1, null, { kind: 'Slice', elem: su.elem })]), results: newTuple([newVar('', -1, null, st)]), variadic: true }, null);
      return;
    }
    case 'cap':
    case 'len': {
      let mode: 'constant' | 'value' = 'value';
      let val: constant.ConstValue | null = null;
      const t = x0.type;
      const u = isTypeParam(t) ? null : underlying(t);
      const ok = (tt: Type): boolean => {
        let uu = underlying(tt);
        if (uu.kind === 'Pointer') {
          const a = underlying(uu.elem);
          if (a.kind === 'Array') uu = a;
          else return false;
        }
        switch (uu.kind) {
          case 'Basic':
            return isString(uu) && id === 'len';
          case 'Array':
          case 'Slice':
          case 'Chan':
            return true;
          case 'Map':
            return id === 'len';
          default:
            return false;
        }
      };
      let valid: boolean;
      if (u === null) {
        const ts = tparamTypeSet(unalias(t) as TypeParam);
        valid = ts.terms !== null && ts.terms.length > 0 && ts.terms.every((term) => ok(term.type));
      } else valid = ok(t);
      if (!valid || x0.mode === 'nilvalue') {
        this.error(x0.expr!.pos, `invalid argument: ${this.opString(x0)} for built-in ${id}`);
        return bad();
      }
      if (u !== null) {
        if (isString(u) && x0.mode === 'constant') {
          mode = 'constant';
          val = constant.makeInt((x0.val as { s: string }).s.length);
        } else {
          let a = u;
          if (a.kind === 'Pointer') a = underlying(a.elem);
          if (a.kind === 'Array' && !hasCallOrRecv(x0.expr!)) {
            mode = 'constant';
            val = constant.makeInt(a.len);
          }
        }
      }
      if (isUntyped(x0.type)) this.convertUntyped(x0, Typ.String);
      x.mode = mode;
      x.type = Typ.Int;
      x.val = val;
      return;
    }
    case 'clear': {
      const u = coreType(x0.type);
      if (u === null || (u.kind !== 'Map' && u.kind !== 'Slice')) {
        this.error(x0.expr!.pos, `invalid argument: ${this.opString(x0)} must be a map or slice`);
        return bad();
      }
      x.mode = 'novalue';
      return;
    }
    case 'close': {
      const u = coreType(x0.type);
      if (u === null || u.kind !== 'Chan') {
        this.error(x0.expr!.pos, `invalid operation: cannot close non-channel ${this.opString(x0)}`);
        return bad();
      }
      if (u.dir === 'recv') {
        this.error(x0.expr!.pos, `invalid operation: cannot close receive-only channel ${this.opString(x0)}`);
        return bad();
      }
      x.mode = 'novalue';
      return;
    }
    case 'copy': {
      // go1.27 builtins.go: the first argument must be a slice; []byte ← string is special
      const y = argOps[1];
      const sliceElem = (o: Operand): Type | string => {
        const u = coreType(o.type);
        if (u === null || u.kind !== 'Slice' || o.mode === 'nilvalue') {
          return o.mode === 'nilvalue' ? 'argument must be a slice; have untyped nil' : `argument must be a slice; have ${this.opString(o)}`;
        }
        return u.elem;
      };
      const dstE = sliceElem(x0);
      if (typeof dstE === 'string') {
        this.error(x0.expr!.pos, `invalid copy: ${dstE}`);
        return bad();
      }
      const eb = basicOf(dstE);
      const special = eb !== null && eb.basic === 'uint8' && isString(y.type) && y.mode !== 'nilvalue';
      if (!special) {
        let srcE = sliceElem(y);
        if (typeof srcE === 'string') {
          if (!isString(y.type)) {
            this.error(y.expr!.pos, `invalid copy: ${srcE}`);
            return bad();
          }
          srcE = Typ.Byte;
        }
        if (!identical(dstE, srcE)) {
          this.error(x0.expr!.pos, `invalid copy: arguments ${this.opString(x0)} and ${this.opString(y)} have different element types ${this.ts(dstE)} and ${this.ts(srcE)}`);
          return bad();
        }
      }
      if (isUntyped(y.type)) this.convertUntyped(y, Typ.String);
      x.mode = 'value';
      x.type = Typ.Int;
      return;
    }
    case 'delete': {
      const u = coreType(x0.type);
      if (u === null || u.kind !== 'Map') {
        this.error(x0.expr!.pos, `invalid argument: ${this.opString(x0)} is not a map`);
        return bad();
      }
      const k = argOps[1];
      this.assignment(k, u.key, 'argument to delete');
      if (k.mode === 'invalid') return bad();
      x.mode = 'novalue';
      return;
    }
    case 'make': {
      const T = this.varType(args[0]);
      if (isInvalid(T)) {
        for (const a of args.slice(1)) this.useExpr(a);
        return bad();
      }
      let min = 1;
      const u = coreType(T);
      if (u !== null && u.kind === 'Slice') min = 2;
      else if (u === null || (u.kind !== 'Map' && u.kind !== 'Chan')) {
        this.error(args[0].pos, `invalid argument: cannot make ${exprString(args[0])}: type must be slice, map, or channel`);
        for (const a of args.slice(1)) this.useExpr(a);
        return bad();
      }
      if (nargs < min || nargs > min + 1) {
        this.error(call.pos, `invalid operation: ${exprString(call)} expects ${min} or ${min + 1} arguments; found ${nargs}`);
        for (const a of args.slice(1)) this.useExpr(a);
        return bad();
      }
      const sizes: bigint[] = [];
      for (const a of args.slice(1)) {
        const s = invalidOperand(a);
        this.expr(s, a);
        if (!this.isValidIndex(s, 'index', false)) {
          continue;
        }
        if (s.mode === 'constant') {
          const v = constant.bigIntVal(s.val!);
          if (v !== null) sizes.push(v);
        }
      }
      if (sizes.length === 2 && sizes[0] > sizes[1]) {
        this.error(args[1].pos, `invalid argument: length and capacity swapped`);
      }
      x.mode = 'value';
      x.type = T;
      return;
    }
    case 'new': {
      // go1.26: new(expr) allocates a variable initialized to expr
      const a = invalidOperand(args[0]);
      this.exprOrType(a, args[0], false);
      if (isBad(a)) return bad();
      let T: Type;
      if (a.mode === 'typexpr') {
        T = a.type;
        this.recordTypeAndValue(args[0], 'typexpr', T, null);
      } else if (this.allowVersion(26)) {
        if (a.mode === 'nilvalue' || unalias(a.type) === Typ.UntypedNil) {
          this.error(args[0].pos, `use of untyped nil in argument to built-in new`);
          return bad();
        }
        T = defaultType(a.type);
        this.assignment(a, T, 'argument to new');
        if (isBad(a)) return bad();
      } else {
        this.error(args[0].pos, `${exprString(args[0])} is not a type`);
        return bad();
      }
      x.mode = 'value';
      x.type = { kind: 'Pointer', elem: T };
      return;
    }
    case 'panic': {
      this.assignment(x0, this.universeEmptyInterface(), 'argument to panic');
      if (x0.mode === 'invalid') return bad();
      x.mode = 'novalue';
      return;
    }
    case 'print':
    case 'println': {
      for (const a of argOps) {
        this.assignment(a, null, `argument to built-in ${id}`);
        if (a.mode === 'invalid') return bad();
      }
      x.mode = 'novalue';
      return;
    }
    case 'recover':
      x.mode = 'value';
      x.type = this.universeEmptyInterface();
      return;
    case 'max':
    case 'min': {
      const op = id === 'max' ? '>' : '<';
      let acc = argOps[0];
      for (const a of argOps) {
        if (!allOrderedT(a.type)) {
          this.error(a.expr!.pos, `invalid argument: ${this.opString(a)} cannot be ordered`);
          return bad();
        }
      }
      for (let i = 1; i < argOps.length; i++) {
        const a = argOps[i];
        this.matchTypes(acc, a);
        if (acc.mode === 'invalid') return bad();
        if (!identical(acc.type, a.type)) {
          this.error(a.expr!.pos, `invalid argument: mismatched types ${this.ts(acc.type)} (previous argument) and ${this.ts(a.type)} (type of ${exprString(a.expr!)})`);
          return bad();
        }
        if (acc.mode === 'constant' && a.mode === 'constant') {
          if (constant.compare(a.val!, op, acc.val!)) acc = { ...acc, val: a.val };
        } else acc = { ...acc, mode: 'value' };
      }
      x.mode = acc.mode;
      x.type = acc.type;
      x.val = acc.val;
      if (x.mode !== 'constant') {
        x.mode = 'value';
        for (const a of argOps) if (isUntyped(a.type)) this.updateExprType(a.expr!, defaultType(acc.type), true);
      }
      return;
    }
    default:
      this.unsupported(call.pos, `built-in ${name}`);
      return bad();
  }
};

function allOrderedT(t: Type): boolean {
  if (isTypeParam(t)) {
    const ts = tparamTypeSet(unalias(t) as TypeParam);
    return ts.terms !== null && ts.terms.length > 0 && ts.terms.every((x) => allOrderedT(x.type));
  }
  const b = basicOf(t);
  return b !== null && (isInteger(b) || isFloat(b) || isString(b));
}

declare module './expr.ts' {
  interface Checker {
    universeEmptyInterface(): Type;
  }
}

proto.universeEmptyInterface = function (this: Checker): Type {
  return (this.pkg.scope.parent!.elems.get('any')!).type;
};

void isBoolean;
void comparableType;
void typeSet;
void isTyped;

/** Whether an expression contains a function call or channel receive (len/cap constness). */
function hasCallOrRecv(e: ast.Expr): boolean {
  switch (e.kind) {
    case 'CallExpr':
      return true;
    case 'UnaryExpr':
      return e.op === '<-' || hasCallOrRecv(e.x);
    case 'ParenExpr':
    case 'StarExpr':
      return hasCallOrRecv(e.x);
    case 'SelectorExpr':
      return hasCallOrRecv(e.x);
    case 'IndexExpr':
      return hasCallOrRecv(e.x) || hasCallOrRecv(e.index);
    case 'BinaryExpr':
      return hasCallOrRecv(e.x) || hasCallOrRecv(e.y);
    case 'CompositeLit':
      return e.elts.some(hasCallOrRecv);
    case 'KeyValueExpr':
      return hasCallOrRecv(e.key) || hasCallOrRecv(e.value);
    default:
      return false;
  }
}
