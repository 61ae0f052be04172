// Which functions become JS generators (goroutine-capable, "async") — Engine II.
//
// # Algorithm
//
// A program is concurrent when some function body blocks (channel send/receive, select,
// range over a channel), contains a go statement, or calls a blocking native
// (ASYNC_NATIVES: semaphores under package sync, time.Sleep, runtime.Gosched). In a
// sequential program nothing is async and the generated code is that of Engine I.
// In a concurrent program a function body (declaration or literal) is async when it
//   - blocks itself, or
//   - operates on a map (index, assign, delete, clear, range: the runtime's map entry points
//     are steps on the scheduler, runtime/maps/entry.ts), or
//   - is main.main or the target of a go statement (so it can be preempted), or
//   - makes a dynamic call (a func value or an interface method: the callee may block), or
//   - statically calls an async function or an async native,
// computed as a fixpoint over the static call graph. Package initialization ($init) is a
// generator too in a concurrent program: it runs first in goroutine 1, as in Go. Async functions are emitted as
// `function*`; calls from async code to async callees use `yield*` (dynamic calls go
// through sched.ts dyn()), and plain code drives a generator it receives with sched.ts
// sync() (which refuses to block).

import type * as ast from '../frontend/ast.ts';
import type { Func, Info, Signature, Type } from '../types/types.ts';
import { underlying } from '../types/types.ts';
import { eachChild, type PackageUnit } from './codegen.ts';

/** Natives implemented as generator functions (`path.name`). */
export const ASYNC_NATIVES = new Set(['sync.semacquire', 'time.Sleep', 'runtime.Gosched']);
/**
 * Natives that are map entry points (maps.clone: runtime/maps/entry.ts mapclone): like map
 * operations, they make their caller async in a concurrent program, and do not make a program
 * concurrent (in a sequential one they return their result directly).
 */
export const MAP_NATIVES = new Set(['maps.clone']);

export type AsyncKey = Func | ast.FuncLit;

interface BodyFacts {
  blocks: boolean;
  /** Indexes, assigns, deletes, clears or ranges over a map (runtime steps, maps/entry.ts). */
  mapOps: boolean;
  dynamic: boolean;
  callees: Func[];
}

export interface AsyncInfo {
  concurrent: boolean;
  async: Set<AsyncKey>;
  /** Native functions (no body) → `path.name`. */
  natives: Map<Func, string>;
}

/** The static callee of a call (a declared function or a concrete method), or null. */
export function staticCallee(e: ast.CallExpr, info: Info): Func | null {
  let fun: ast.Expr = e.fun;
  while (fun.kind === 'ParenExpr') fun = fun.x;
  if (fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') fun = fun.x;
  if (fun.kind === 'Ident') {
    const o = info.uses.get(fun.id);
    return o !== undefined && o.kind === 'Func' ? (o.origin ?? o) : null;
  }
  if (fun.kind === 'SelectorExpr') {
    const sel = info.selections.get(fun.id);
    if (sel === undefined) {
      const o = info.uses.get(fun.sel.id);
      return o !== undefined && o.kind === 'Func' ? (o.origin ?? o) : null;
    }
    if (sel.kind !== 'MethodVal') return null;
    const f = sel.obj as Func;
    const recv = (f.type as Signature).recv;
    if (recv === null || isIfaceLike(recv.type)) return null;
    const xt = info.types.get(fun.x.id)?.type;
    if (xt === undefined || isIfaceLike(xt)) return null;
    return f.origin ?? f;
  }
  return null;
}

function isIfaceLike(t: Type): boolean {
  const u = underlying(t);
  return u.kind === 'Interface' || t.kind === 'TypeParam';
}

export function analyseAsync(units: PackageUnit[]): AsyncInfo {
  const facts = new Map<AsyncKey, BodyFacts>();
  const natives = new Map<Func, string>();
  const roots = new Set<AsyncKey>();
  let concurrent = false;
  for (const u of units) {
    const info = u.info;
    const scan = (key: AsyncKey, body: ast.BlockStmt): void => {
      const bf: BodyFacts = { blocks: false, mapOps: false, dynamic: false, callees: [] };
      facts.set(key, bf);
      const visit = (n: ast.Node): void => {
        switch (n.kind) {
          case 'FuncLit':
            scan(n, n.body);
            return;
          case 'SendStmt': case 'SelectStmt':
            bf.blocks = true;
            break;
          case 'UnaryExpr':
            if (n.op === '<-') bf.blocks = true;
            break;
          case 'RangeStmt': {
            const t = info.types.get(n.x.id)?.type;
            if (t !== undefined && underlying(t).kind === 'Chan') bf.blocks = true;
            if (t !== undefined && underlying(t).kind === 'Map') bf.mapOps = true;
            break;
          }
          case 'IndexExpr': {
            const t = info.types.get(n.x.id)?.type;
            if (t !== undefined && underlying(t).kind === 'Map') bf.mapOps = true;
            break;
          }
          case 'GoStmt': {
            concurrent = true;
            if (n.call.kind !== 'CallExpr') break;
            const call = n.call;
            let fun: ast.Expr = call.fun;
            while (fun.kind === 'ParenExpr') fun = fun.x;
            if (fun.kind === 'FuncLit') roots.add(fun);
            else {
              const f = staticCallee(call, info);
              if (f !== null) roots.add(f);
            }
            // The call itself is made by the new goroutine: visit operands only.
            visit(call.fun);
            for (const a of call.args) visit(a);
            return;
          }
          case 'CallExpr': {
            const tv = info.types.get(n.fun.id);
            if (tv !== undefined && tv.mode === 'builtin' && n.args.length > 0) {
              const at = info.types.get(n.args[0].id)?.type;
              if (at !== undefined && underlying(at).kind === 'Map') bf.mapOps = true; // delete, clear
            }
            if (tv !== undefined && (tv.mode === 'builtin' || tv.mode === 'typexpr')) break;
            const f = staticCallee(n, info);
            if (f === null) bf.dynamic = true;
            else bf.callees.push(f);
            break;
          }
          default:
            break;
        }
        eachChild(n, visit);
      };
      eachChild(body, visit);
      if (bf.blocks) concurrent = true;
    };
    for (const d of u.file.decls) {
      if (d.kind === 'GenDecl') {
        // Package variable initializers run in $init (a generator in concurrent programs):
        // their function literals are bodies of their own.
        const visitInit = (n: ast.Node): void => {
          if (n.kind === 'FuncLit') return scan(n, n.body);
          if (n.kind === 'UnaryExpr' && n.op === '<-') concurrent = true;
          eachChild(n, visitInit);
        };
        eachChild(d, visitInit);
        continue;
      }
      if (d.kind !== 'FuncDecl') continue;
      const f = info.defs.get(d.name.id) as Func | undefined;
      if (f === undefined) continue;
      if (d.body === null) natives.set(f, `${u.path}.${d.name.name}`);
      else scan(f, d.body);
      if (u.path === 'main' && d.recv === null && d.name.name === 'main') roots.add(f);
    }
  }
  // Calls of blocking natives from user code make the program concurrent too.
  for (const [k, bf] of facts) {
    void k;
    if (bf.callees.some((c) => ASYNC_NATIVES.has(natives.get(c) ?? ''))) concurrent = true;
  }
  const async = new Set<AsyncKey>();
  if (!concurrent) return { concurrent, async, natives };
  for (const [k, bf] of facts) {
    if (roots.has(k) || bf.blocks || bf.dynamic || bf.mapOps) async.add(k);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [k, bf] of facts) {
      if (async.has(k)) continue;
      if (bf.callees.some((c) => async.has(c) || ASYNC_NATIVES.has(natives.get(c) ?? '') || MAP_NATIVES.has(natives.get(c) ?? ''))) {
        async.add(k);
        changed = true;
      }
    }
  }
  return { concurrent, async, natives };
}
