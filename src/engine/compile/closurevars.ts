// Captured variables of a function literal called where it is written, as gc passes them.
//
// go1.23 cmd/compile/internal/walk/closure.go directClosureCall: a call `func(...){...}(args)`
// (not a go or defer statement, whose closure stays a funcval) is rewritten into a plain call
// whose first arguments are the literal's captured variables, ir.Func.ClosureVars, in the
// order the literal first uses them, then the declared arguments. A traceback prints them as
// the frame's first words (the literal's frame when gc does not inline it). A variable is
// passed by value (its words) when escape analysis says Byval (go1.23
// cmd/compile/internal/escape/escape.go flowClosure):
//
//	n.SetByval(!loc.addrtaken && !loc.reassigned && n.Type().Size() <= 128)
//
// and by reference otherwise (a pointer parameter `&v`, one word). `reassigned`
// (escape/assign.go reassigned) is any assignment but the declaring one: `=`, op-assignments,
// ++/--, redeclaration in `:=`, and a range statement's own variables (assigned every
// iteration), except that assignments met before the variable's first capture by a closure
// are forgotten when that capture is at the declaration's loop depth (escape/expr.go OCLOSURE).
// From go1.22 a loop's `:=` variables are per-iteration copies (cmd/compile/internal/loopvar),
// declared once per iteration: the loop's own updates do not reassign them. `addrtaken` is
// `&v` (through fields and array elements), slicing an array variable, or calling a pointer
// method on it.
//
// Approximation: gc decides on its IR after typechecking; this reads the checked AST, with
// gc's walk order taken as source order.

import type * as ast from '../frontend/ast.ts';
import type { Info } from '../types/index.ts';
import { underlying, unalias, type Signature, type Type, type Var } from '../types/types.ts';
import { eachChild } from './codegen.ts';
import { sizeOf } from './rtypes.ts';

export interface ClosureVar {
  v: Var;
  /** Passed by value (its words) or by reference (one pointer word). */
  byval: boolean;
}

export interface ClosureVarsEnv {
  info: Info;
  goMinor: number;
  subst(t: Type): Type;
}

/** Node, its loop depth in its own function, and the innermost function literal around it. */
interface Visit { n: ast.Node; depth: number; lit: ast.FuncLit | null }

function visitAll(root: ast.Node, f: (v: Visit) => void): void {
  const go = (n: ast.Node, depth: number, lit: ast.FuncLit | null): void => {
    f({ n, depth, lit });
    if (n.kind === 'FuncLit') {
      eachChild(n, (c) => go(c, 0, n));
      return;
    }
    if (n.kind === 'ForStmt') {
      // escape.go stmt OFOR: the init runs outside the loop, cond, post and body inside.
      if (n.init !== null) go(n.init, depth, lit);
      for (const c of [n.cond, n.post, n.body]) if (c !== null) go(c, depth + 1, lit);
      return;
    }
    if (n.kind === 'RangeStmt') {
      // ORANGE: the ranged expression outside, the variables and body inside.
      go(n.x, depth, lit);
      for (const c of [...n.lhs, n.body]) go(c, depth + 1, lit);
      return;
    }
    eachChild(n, (c) => go(c, depth, lit));
  };
  go(root, 0, null);
}

/**
 * The captured variables of `lit` (called directly) in ClosureVars order, `top` being the body
 * of the top-level function that contains it.
 */
export function closureVars(lit: ast.FuncLit, top: ast.BlockStmt, env: ClosureVarsEnv): ClosureVar[] {
  const { info } = env;
  const end = lit.body.rbrace;
  const inside = (pos: number, l: ast.FuncLit): boolean => pos >= l.pos && pos <= l.body.rbrace;
  const caps: Var[] = [];
  visitAll(lit.body, ({ n }) => {
    if (n.kind !== 'Ident') return;
    const o = info.uses.get(n.id);
    if (o === undefined || o.kind !== 'Var' || o.isPkgVar || o.isField || o.pos < 0) return;
    if (o.pos >= lit.pos && o.pos <= end) return;
    if (!caps.includes(o)) caps.push(o);
  });
  if (caps.length === 0) return [];

  const kindOf = (e: ast.Expr): string | undefined => {
    const t = info.types.get(e.id)?.type;
    return t === undefined ? undefined : underlying(t).kind;
  };
  const rootVar = (e: ast.Expr): Var | null => {
    for (;;) {
      if (e.kind === 'ParenExpr') e = e.x;
      else if (e.kind === 'SelectorExpr' && info.selections.get(e.id)?.kind === 'FieldVal' && kindOf(e.x) !== 'Pointer') e = e.x;
      else if (e.kind === 'IndexExpr' && kindOf(e.x) === 'Array') e = e.x;
      else break;
    }
    if (e.kind !== 'Ident') return null;
    const o = info.uses.get(e.id) ?? info.defs.get(e.id);
    return o !== undefined && o !== null && o.kind === 'Var' ? o : null;
  };

  const want = new Set(caps);
  const declDepth = new Map<Var, number>();
  const addr = new Set<Var>();
  /** Assignments other than the declaring one: variable → [position, loop depth] list. */
  const assigns = new Map<Var, number[]>();
  /** First closure capturing each variable (outermost literal around a use, not around its declaration). */
  const firstCap = new Map<Var, Visit>();
  const note = (v: Var | null, pos: number): void => {
    if (v === null || !want.has(v)) return;
    const l = assigns.get(v) ?? [];
    l.push(pos);
    assigns.set(v, l);
  };
  const loopVars = new Set<Var>();
  const lits: Visit[] = [];
  visitAll(top, (x) => {
    const n = x.n;
    switch (n.kind) {
      case 'Ident': {
        const d = info.defs.get(n.id);
        if (d !== undefined && d !== null && d.kind === 'Var' && want.has(d)) declDepth.set(d, x.depth);
        break;
      }
      case 'FuncLit':
        lits.push(x);
        break;
      case 'UnaryExpr':
        if (n.op === '&') { const v = rootVar(n.x); if (v !== null) addr.add(v); }
        break;
      case 'SliceExpr':
        if (kindOf(n.x) === 'Array') { const v = rootVar(n.x); if (v !== null) addr.add(v); }
        break;
      case 'SelectorExpr': {
        const sel = info.selections.get(n.id);
        if (sel !== undefined && sel.kind === 'MethodVal' && sel.obj.kind === 'Func') {
          const sig = sel.obj.type as Signature;
          if (sig.recv !== null && unalias(sig.recv.type).kind === 'Pointer' && underlying(sel.recv).kind !== 'Pointer') {
            const v = rootVar(n.x);
            if (v !== null) addr.add(v);
          }
        }
        break;
      }
      case 'AssignStmt':
        for (const l of n.lhs) {
          if (n.tok === ':=') {
            // A `:=` declares its new variables and assigns the ones already declared.
            if (l.kind === 'Ident' && (info.defs.get(l.id) ?? null) === null) note(rootVar(l), n.pos);
          } else note(rootVar(l), n.pos);
        }
        break;
      case 'IncDecStmt':
        note(rootVar(n.x), n.pos);
        break;
      case 'RangeStmt':
        for (const l of n.lhs) {
          const v = rootVar(l);
          if (n.tok === ':=' && v !== null) loopVars.add(v);
          if (n.tok === '=' || env.goMinor < 22) note(v, n.pos);
        }
        break;
      case 'ForStmt':
        if (n.init !== null && n.init.kind === 'AssignStmt' && n.init.tok === ':=') {
          for (const l of n.init.lhs) { const v = rootVar(l); if (v !== null) loopVars.add(v); }
        }
        break;
      default:
        break;
    }
  });
  // From go1.22 the post statement of a three-clause loop updates the next iteration's copy.
  if (env.goMinor >= 22) {
    visitAll(top, ({ n }) => {
      if (n.kind !== 'ForStmt' || n.post === null) return;
      const lo = n.post.pos;
      const hi = n.body.pos;
      for (const [v, l] of assigns) if (loopVars.has(v)) assigns.set(v, l.filter((p) => p < lo || p >= hi));
    });
  }
  for (const v of caps) {
    for (const x of lits) {
      const l = x.n as ast.FuncLit;
      if (inside(v.pos, l) || firstCap.has(v)) continue;
      let uses = false;
      visitAll(l.body, ({ n }) => { if (n.kind === 'Ident' && info.uses.get(n.id) === v) uses = true; });
      if (uses) firstCap.set(v, x);
    }
  }
  return caps.map((v) => {
    const fc = firstCap.get(v);
    let as = assigns.get(v) ?? [];
    if (fc !== undefined && fc.depth === (declDepth.get(v) ?? 0)) as = as.filter((p) => p > fc.n.pos);
    const byval = !addr.has(v) && as.length === 0 && sizeOf(env.subst(v.type)) <= 128;
    return { v, byval };
  });
}
