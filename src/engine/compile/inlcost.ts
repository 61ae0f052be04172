// gc's inlining cost of a function body, estimated on the checked AST.
//
// go1.23 and go1.27 cmd/compile/internal/inline/inl.go hairyVisitor.doNode: every IR node
// costs 1; a call costs inlineExtraCallCost (57) more, or the callee's own cost when the
// callee can be inlined there, or from go1.24 inlineParamCallCost (17) when it calls a
// parameter; a panic costs inlineExtraPanicCost (1) more and its implicit conversion to
// interface nothing; a closure costs 15 more; OCONVNOP, OBLOCK and types cost nothing; slice
// literals one more (the "toolstash" hack). The IR differs from the AST, so this counts what
// typecheck makes of each construct (measured against `go build -gcflags=-m=2`, see
// tests/inline): a selector's field name is no node, builtins' names are none, `x := v`
// adds an ODCL of x (2), `x++` is an OASOP with a literal 1 (3), struct literal elements are
// OSTRUCTKEY nodes, an implicit conversion to an interface is an OCONVIFACE node, variadic
// arguments are packed into a slice literal.

import type * as ast from '../frontend/ast.ts';
import type { Func, Info, Obj, Signature, Type } from '../types/types.ts';
import { identical, underlying } from '../types/types.ts';
import { staticCallee } from './async.ts';
import { libraryInlineCosts } from './libcosts.ts';

/** inline/inl.go: inlineExtraCallCost, inlineParamCallCost (go1.24+), inlineExtraPanicCost. */
const extraCallCost = 57;
const paramCallCost = 17;
const extraPanicCost = 1;
/** OCLOSURE: `v.budget -= 15`. */
const closureCost = 15;


export interface InlCostEnv {
  info: Info;
  goMinor: number;
  params: ReadonlySet<Obj>;
  /** The callee's cost when gc would inline the call there, else null. */
  calleeCost(f: Func): number | null;
}

export interface InlCost {
  cost: number;
  /** A node gc refuses to inline at all (go, defer, recover). */
  never: boolean;
  /** Contains a function literal (gc inlines it from go1.23 at cost 15 + 1; the engine does not). */
  closure: boolean;
}

export function inlCost(body: ast.BlockStmt, env: InlCostEnv): InlCost {
  const { info } = env;
  let cost = 0;
  let never = false;
  let closure = false;
  const tv = (e: ast.Expr) => info.types.get(e.id);
  const isType = (e: ast.Expr): boolean => tv(e)?.mode === 'typexpr';
  const isIface = (t: Type | undefined): boolean => t !== undefined && underlying(t).kind === 'Interface';
  const isString = (t: Type | undefined): boolean => {
    const u = t === undefined ? undefined : underlying(t);
    return u !== undefined && u.kind === 'Basic' && (u.basic as string) === 'string';
  };
  /** An implicit conversion of e to an interface of type t. */
  const conv = (e: ast.Expr, t: Type | undefined): void => {
    if (t === undefined || !isIface(t)) return;
    const et = tv(e)?.type;
    if (et === undefined || identical(et, t) || (e.kind === 'Ident' && e.name === 'nil')) return;
    cost++;
  };

  const expr = (e: ast.Expr | null): void => {
    if (e === null) return;
    if (isType(e)) return;
    switch (e.kind) {
      case 'Ident': cost++; return;
      case 'BasicLit': cost++; return;
      case 'ParenExpr': expr(e.x); return;
      case 'SelectorExpr': {
        const o = e.x.kind === 'Ident' ? info.uses.get(e.x.id) : undefined;
        if (o !== undefined && o.kind === 'PkgName') {
          cost++;
          return;
        }
        const sel = info.selections.get(e.id);
        cost++;
        if (sel !== undefined && sel.kind === 'MethodVal') cost++; // OMETHVALUE hack (when not called)
        expr(e.x);
        return;
      }
      case 'IndexExpr': cost++; expr(e.x); expr(e.index); return;
      case 'SliceExpr': cost++; expr(e.x); expr(e.low); expr(e.high); expr(e.max); return;
      case 'StarExpr': cost++; expr(e.x); return;
      case 'TypeAssertExpr': cost++; expr(e.x); return;
      case 'UnaryExpr': cost++; expr(e.x); return;
      case 'BinaryExpr': {
        // A chain of string concatenations is one OADDSTR over all its operands.
        const str = (x: ast.Expr): boolean => x.kind === 'BinaryExpr' && x.op === '+' && tv(x)?.mode !== 'constant' && isString(tv(x)?.type);
        cost++;
        const operand = (x: ast.Expr): void => {
          if (str(e) && str(x)) {
            operand(x.kind === 'BinaryExpr' ? x.x : x);
            if (x.kind === 'BinaryExpr') operand(x.y);
          } else expr(x);
        };
        operand(e.x);
        operand(e.y);
        return;
      }
      case 'KeyValueExpr': cost++; expr(e.key); expr(e.value); return;
      case 'FuncLit': cost += 1 + closureCost; closure = true; return;
      case 'CompositeLit': {
        cost++;
        const t = tv(e)?.type;
        const u = t === undefined ? undefined : underlying(t);
        if (u?.kind === 'Slice') cost++;
        for (const x of e.elts) {
          if (u?.kind === 'Struct') {
            if (x.kind === 'KeyValueExpr') {
              cost++;
              const f = u.fields.find((f) => x.key.kind === 'Ident' && f.name === x.key.name);
              expr(x.value);
              conv(x.value, f?.type);
            } else {
              cost++;
              const i = e.elts.indexOf(x);
              expr(x);
              conv(x, u.fields[i]?.type);
            }
          } else {
            expr(x);
            if (u !== undefined && (u.kind === 'Slice' || u.kind === 'Array')) conv(x.kind === 'KeyValueExpr' ? x.value : x, u.elem);
          }
        }
        return;
      }
      case 'CallExpr': call(e); return;
      default: return;
    }
  };

  const call = (e: ast.CallExpr): void => {
    if (isType(e.fun)) {
      // OCONV, or OCONVNOP (cost undone) between types of the same underlying type.
      const to = tv(e)?.type;
      const from = e.args[0] === undefined ? undefined : tv(e.args[0])?.type;
      const nop = to !== undefined && from !== undefined && identical(underlying(to), underlying(from));
      if (!nop && !isIface(to)) cost++;
      else if (isIface(to) && from !== undefined && !isIface(from)) cost++;
      for (const a of e.args) expr(a);
      return;
    }
    const ft = tv(e.fun);
    if (ft?.mode === 'builtin') {
      const name = e.fun.kind === 'Ident' ? e.fun.name : e.fun.kind === 'SelectorExpr' ? e.fun.sel.name : '';
      if (name === 'recover') never = true;
      if (name === 'panic') {
        cost += 1 + extraPanicCost;
        for (const a of e.args) expr(a);
        return;
      }
      cost++;
      for (const a of e.args) expr(a);
      return;
    }
    cost++;
    // The function: a name, a method (ODOTMETH/ODOTINTER and the receiver), or a func value.
    const fun = e.fun.kind === 'ParenExpr' ? e.fun.x : e.fun;
    if (fun.kind === 'SelectorExpr') {
      const sel = info.selections.get(fun.id);
      const o = fun.x.kind === 'Ident' ? info.uses.get(fun.x.id) : undefined;
      if (sel !== undefined && sel.kind === 'MethodVal') {
        cost += sel.index.length;
        expr(fun.x);
      } else if (o !== undefined && o.kind === 'PkgName') cost++;
      else expr(fun);
    } else expr(fun);
    // Arguments, with their implicit conversions and the variadic slice.
    const sig = ft?.type !== undefined ? (underlying(ft.type) as Signature) : undefined;
    const ps = sig?.kind === 'Signature' ? sig.params.vars : [];
    const variadic = sig?.kind === 'Signature' && sig.variadic && e.ellipsis < 0;
    e.args.forEach((a, i) => {
      expr(a);
      if (variadic && i >= ps.length - 1) {
        const st = ps[ps.length - 1]?.type;
        conv(a, st === undefined ? undefined : (underlying(st) as { elem?: Type }).elem);
      } else conv(a, ps[i]?.type);
    });
    if (variadic && e.args.length >= ps.length) cost += 2; // OSLICELIT and its hack
    else if (variadic) cost++; // nil
    // The call itself.
    const callee = staticCallee(e, info);
    const plain = callee !== null && callee.pkg !== null && callee.pkg.path !== 'main' && (callee.type as Signature).recv === null;
    const lib = plain ? libraryInlineCosts[env.goMinor]?.[`${callee.pkg!.path}.${callee.name}`] : undefined;
    const own = callee === null || lib !== undefined ? null : env.calleeCost(callee);
    const o = fun.kind === 'Ident' ? info.uses.get(fun.id) : undefined;
    if (lib !== undefined) cost += lib;
    else if (own !== null) cost += own;
    else if (env.goMinor >= 24 && o !== undefined && env.params.has(o)) cost += paramCallCost;
    else cost += extraCallCost;
  };

  const declared = (lhs: readonly ast.Expr[]): void => {
    for (const l of lhs) if (l.kind === 'Ident' && l.name !== '_' && info.defs.get(l.id)) cost += 2; // ODCL x
  };
  const list = (ss: readonly ast.Stmt[]): void => {
    for (const s of ss) stmt(s);
  };
  const stmt = (s: ast.Stmt | null): void => {
    if (s === null) return;
    switch (s.kind) {
      case 'ExprStmt': expr(s.x); return;
      case 'IncDecStmt': cost += 2; expr(s.x); return;
      case 'AssignStmt': {
        cost++;
        if (s.tok === ':=') declared(s.lhs);
        for (const l of s.lhs) expr(l);
        s.rhs.forEach((r, i) => {
          expr(r);
          if (s.lhs.length === s.rhs.length) conv(r, tv(s.lhs[i]!)?.type);
        });
        return;
      }
      case 'DeclStmt': {
        const d = s.decl;
        if (d.kind !== 'GenDecl' || d.tok !== 'var') return;
        for (const sp of d.specs) {
          if (sp.kind !== 'ValueSpec') continue;
          for (const n of sp.names) if (n.name !== '_') cost += 2;
          cost++;
          for (const n of sp.names) expr(n);
          for (const v of sp.values) expr(v);
        }
        return;
      }
      case 'ReturnStmt': cost++; for (const r of s.results) expr(r); return;
      case 'BranchStmt': cost++; return;
      case 'BlockStmt': list(s.list); return;
      case 'LabeledStmt': cost++; stmt(s.stmt); return;
      case 'GoStmt': case 'DeferStmt': never = true; return;
      case 'SendStmt': cost++; expr(s.chan); expr(s.value); return;
      case 'IfStmt': cost++; stmt(s.init); expr(s.cond); list(s.body.list); stmt(s.else); return;
      case 'ForStmt': cost++; stmt(s.init); expr(s.cond); stmt(s.post); list(s.body.list); return;
      case 'RangeStmt': {
        cost++;
        if (s.tok === ':=') declared(s.lhs);
        expr(s.key);
        expr(s.value);
        expr(s.x);
        list(s.body.list);
        return;
      }
      case 'SwitchStmt': {
        cost++;
        stmt(s.init);
        expr(s.tag);
        for (const c of s.body.list) if (c.kind === 'CaseClause') {
          cost++;
          for (const x of c.list ?? []) expr(x);
          list(c.body);
        }
        return;
      }
      case 'TypeSwitchStmt': {
        cost++;
        stmt(s.init);
        const g = s.assign;
        const x = g.kind === 'AssignStmt' ? g.rhs[0] : g.kind === 'ExprStmt' ? g.x : undefined;
        cost++; // OTYPESW
        if (x !== undefined && x.kind === 'TypeAssertExpr') expr(x.x);
        for (const c of s.body.list) if (c.kind === 'CaseClause') {
          cost++;
          list(c.body);
        }
        return;
      }
      case 'SelectStmt': {
        cost++;
        for (const c of s.body.list) if (c.kind === 'CommClause') {
          cost++;
          stmt(c.comm);
          list(c.body);
        }
        return;
      }
      default: return;
    }
  };
  list(body.list);
  return { cost, never, closure };
}
