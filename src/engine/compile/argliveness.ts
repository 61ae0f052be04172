// Argument liveness: which argument words a traceback prints with a `?` mark.
//
// go1.27 runtime/traceback.go printArgs prints a register argument's word followed by `?`
// when the function's argument liveness (cmd/compile/internal/liveness/arg.go ArgLiveness)
// says the word's spill slot is not known to hold the argument at the frame's PC: a slot is
// live at a PC once the register value has been stored into it (an OpStoreReg, a spill) on
// every path to that PC. Register arguments are spilled only when the register allocator
// needs them after a call clobbered the registers (cmd/compile/internal/ssa/regalloc.go: a
// value live across a call is spilled and restored), and placeSpills puts the spill at the
// start of the deepest block that dominates every restore, is not inside a deeper loop than
// the argument (the entry block, loop depth 0), and still has the value in its register
// (no call on the way from the entry). Words never restored are never spilled: their slots
// hold leftovers of earlier frames, so Go marks them.
//
// This follows the same rule on the checked AST: a word is "restored" when it is used on a
// path where a call has already happened (a loop body is walked twice, so a use at the top of
// a loop whose body calls counts); the spill goes at the start of the innermost if-branch or
// case body (not a loop) that contains every restore and is entered before any call. The
// result is, per argument word in printArgs order: 0 never live (always `?`), 1 always live
// (spilled at entry, passed on the stack, address-taken or not SSA-able: ArgLiveness's
// alwaysLive), or the [first, last] source lines of the region where the spill dominates.
//
// Approximations (gc decides on SSA after optimisation, this on the AST): every call that is
// not a builtin or a conversion counts as a call, whether or not gc inlines it; map indexing,
// channel operations, string concatenation, select and go statements count as runtime calls;
// reassigned parameters keep their first value's words (a parameter passed to a callee gc
// inlines is read as far as the callee reads it, a slice's capacity often not); pure arithmetic gc's
// scheduler moves before a call in the same block is still read after it; struct and array
// parameters are never live (observed). Checked against real go1.22–1.27 (tests/conformance
// tracebacks/argliv_*, tests/systb); go1.19 and 1.21 mark more words (arguments used only as
// call arguments after a call).

import type * as ast from '../frontend/ast.ts';
import { underlying } from '../types/types.ts';
import type { Info } from '../types/index.ts';
import type { Func, Obj, Signature, Type, Var } from '../types/types.ts';
import { staticCallee } from './async.ts';

export type ArgLive = 0 | 1 | [number, number];

/** Callee bodies being read for the words they use (a recursive callee is read once). */
const reading = new Set<ast.BlockStmt>();

export interface ArgLivenessEnv {
  info: Info;
  subst(t: Type): Type;
  lineOf(pos: number): number;
  /** Captured by reference or address-taken (spilled up front: always live). */
  addrTaken(v: Var): boolean;
  /** The body and parameters (receiver first) of a callee gc inlines, else null. */
  inlinedCallee(f: Func): { body: ast.BlockStmt; params: readonly Var[] } | null;
}

/** amd64's ABIInternal: 9 integer and 15 floating-point argument registers. */
const intRegs = 9;
const floatRegs = 15;

interface Layout {
  /** Words as printArgs prints them: 'i' integer register, 'f' float register. */
  words: ('i' | 'f')[];
  /** Struct fields: name → [first word, layout]. */
  fields?: Map<string, [number, Layout]>;
  kind: 'string' | 'slice' | 'iface' | 'struct' | 'array' | 'scalar';
  /** Can be passed in registers (arrays of length > 1 cannot). */
  regable: boolean;
  /** cmd/compile ssa.CanSSA: at most 4 words of size and 4 fields, arrays of length ≤ 1. */
  ssaable: boolean;
  size: number;
}

function layoutOf(t0: Type): Layout {
  const t = underlying(t0);
  switch (t.kind) {
    case 'Basic': {
      const b = t.basic as string;
      if (b === 'string' || b === 'untyped string') return { words: ['i', 'i'], kind: 'string', regable: true, ssaable: true, size: 16 };
      if (b === 'float32' || b === 'float64' || b === 'untyped float') return { words: ['f'], kind: 'scalar', regable: true, ssaable: true, size: 8 };
      if (b === 'complex64' || b === 'complex128') return { words: ['f', 'f'], kind: 'scalar', regable: true, ssaable: true, size: 16 };
      return { words: ['i'], kind: 'scalar', regable: true, ssaable: true, size: 8 };
    }
    case 'Slice': return { words: ['i', 'i', 'i'], kind: 'slice', regable: true, ssaable: true, size: 24 };
    case 'Interface': return { words: ['i', 'i'], kind: 'iface', regable: true, ssaable: true, size: 16 };
    case 'Struct': {
      const fields = new Map<string, [number, Layout]>();
      const words: ('i' | 'f')[] = [];
      let regable = true;
      let size = 0;
      for (const f of t.fields) {
        const l = layoutOf(f.type);
        fields.set(f.name, [words.length, l]);
        words.push(...l.words);
        regable &&= l.regable;
        size += l.size;
      }
      return { words, fields, kind: 'struct', regable, ssaable: t.fields.length <= 4 && size <= 32 && [...fields.values()].every(([, l]) => l.ssaable), size };
    }
    case 'Array': {
      if (t.len === 0) return { words: [], kind: 'array', regable: true, ssaable: true, size: 0 };
      const e = layoutOf(t.elem);
      if (t.len === 1) return { ...e, kind: 'array', fields: undefined };
      return { words: Array.from({ length: t.len }, () => e.words).flat(), kind: 'array', regable: false, ssaable: false, size: e.size * t.len };
    }
    default:
      return { words: ['i'], kind: 'scalar', regable: true, ssaable: true, size: 8 };
  }
}

/** types.IsDirectIface: stored in an interface's data word as is. */
function pointerShaped(t0: Type): boolean {
  const t = underlying(t0);
  switch (t.kind) {
    case 'Pointer': case 'Map': case 'Chan': case 'Signature': return true;
    case 'Basic': return t.basic === 'unsafe.Pointer';
    case 'Struct': return t.fields.length === 1 && pointerShaped(t.fields[0]!.type);
    case 'Array': return t.len === 1 && pointerShaped(t.elem);
    default: return false;
  }
}

interface State {
  reach: boolean;
  /**
   * Where the paths reaching here last had their registers clobbered by a call (the region
   * stacks of those points), empty when no call happened. A value used here is restored
   * there: regalloc reloads it on the edge out of the region that called, so a use after an
   * if whose one branch calls is restored in that branch.
   */
  clobbers: Region[][];
}

/** A region the spill can move into: an if-branch or a case body; 'loop' stops the descent. */
interface Region {
  loop: boolean;
  /** A call may have happened before the region was entered. */
  callBefore: boolean;
  first: number;
  last: number;
}

/**
 * The liveness of each argument word of a function (printArgs order, receiver first), or
 * undefined when no argument is passed in registers (liveness/arg.go: nothing emitted, all
 * words printed without a mark).
 */
export function argLiveness(body: ast.BlockStmt, params: readonly Var[], env: ArgLivenessEnv, collect?: Set<number>): ArgLive[] | undefined {
  // ABI register assignment (cmd/compile/internal/abi/abiutils.go): each parameter in order
  // takes registers if all its words fit in the ones left, else goes on the stack.
  let ints = 0;
  let floats = 0;
  const base: number[] = [];
  const layouts: Layout[] = [];
  const inRegs: boolean[] = [];
  let total = 0;
  for (const p of params) {
    const l = layoutOf(env.subst(p.type));
    layouts.push(l);
    base.push(total);
    total += l.words.length;
    const ni = l.words.filter((w) => w === 'i').length;
    const nf = l.words.length - ni;
    const fits = l.regable && ints + ni <= intRegs && floats + nf <= floatRegs;
    inRegs.push(fits);
    if (fits) {
      ints += ni;
      floats += nf;
    }
  }
  if (collect === undefined && !inRegs.some((r, i) => r && layouts[i]!.words.length > 0)) return undefined;

  const paramIndex = new Map<Obj, number>();
  params.forEach((p, i) => {
    paramIndex.set(p, i);
    if (p.origin !== null) paramIndex.set(p.origin, i);
  });

  // Restores: word → the region stacks of its uses after a call.
  const restores = new Map<number, Region[][]>();
  let st: State = { reach: true, clobbers: [] };
  const regions: Region[] = [];
  const loops: { breaks: State[]; conts: State[] }[] = [];

  const record = (words: Iterable<number>): void => {
    if (collect !== undefined) for (const w of words) collect.add(w);
    if (!st.reach || st.clobbers.length === 0) return;
    for (const w of words) {
      let r = restores.get(w);
      if (r === undefined) restores.set(w, (r = []));
      r.push(...st.clobbers);
    }
  };
  const merge = (...ss: State[]): State => {
    const live = ss.filter((s) => s.reach);
    return { reach: live.length > 0, clobbers: [...new Set(live.flatMap((s) => s.clobbers))] };
  };
  const call = (): void => {
    if (st.reach) st = { reach: true, clobbers: [[...regions]] };
  };

  const allWords = (i: number): number[] => layouts[i]!.words.map((_, k) => base[i]! + k);
  /** A parameter (or a field path of one) named by e: its first word and layout. */
  const paramRef = (e: ast.Expr): [number, Layout] | null => {
    if (e.kind === 'ParenExpr') return paramRef(e.x);
    if (e.kind === 'Ident') {
      const o = env.info.uses.get(e.id);
      const i = o === undefined ? undefined : paramIndex.get(o);
      return i === undefined ? null : [base[i]!, layouts[i]!];
    }
    if (e.kind === 'SelectorExpr') {
      const r = paramRef(e.x);
      const f = r?.[1].fields?.get(e.sel.name);
      if (r !== null && r !== undefined && f !== undefined) return [r[0] + f[0], f[1]];
    }
    return null;
  };
  const range = (from: number, n: number): number[] => Array.from({ length: n }, (_, k) => from + k);
  const isBuiltin = (f: ast.Expr, name?: string): boolean => {
    const tv = env.info.types.get(f.id);
    return tv !== undefined && tv.mode === 'builtin' && (name === undefined || (f.kind === 'Ident' && f.name === name) || (f.kind === 'SelectorExpr' && f.sel.name === name));
  };
  const isType = (f: ast.Expr): boolean => env.info.types.get(f.id)?.mode === 'typexpr';
  /** The underlying type of a value expression; a type expression or one without type information is Invalid. */
  const kindOf = (e: ast.Expr): Type => {
    const tv = env.info.types.get(e.id);
    if (tv === undefined || tv.mode === 'typexpr') return { kind: 'Basic', basic: 'invalid', name: 'invalid' };
    return underlying(env.subst(tv.type));
  };

  /**
   * Whether passing e as a parameter of type pt converts it to an interface with a runtime
   * call (go1.27 cmd/compile/internal/walk/convert.go dataWord: convT16/32/64, convTstring,
   * convTslice, convT): not for constants, interfaces, pointer-shaped or single-byte values
   * (staticuint64s) or zero-sized ones.
   */
  const convCalls = (e: ast.Expr, pt: Type | undefined): boolean => {
    if (pt === undefined || underlying(env.subst(pt)).kind !== 'Interface') return false;
    const tv = env.info.types.get(e.id);
    if (tv === undefined || tv.mode === 'constant' || tv.value !== null) return false;
    const t = underlying(env.subst(tv.type));
    switch (t.kind) {
      case 'Interface': case 'Pointer': case 'Map': case 'Chan': case 'Signature': return false;
      case 'Basic': return !['bool', 'int8', 'uint8', 'unsafe.Pointer', 'untyped nil', 'untyped bool'].includes(t.basic as string);
      default:
        return layoutOf(t).size > 0 && !pointerShaped(t);
    }
  };
  const paramType = (sig: Signature, i: number, spread: boolean): Type | undefined => {
    const ps = sig.params.vars;
    if (sig.variadic && i >= ps.length - 1 && !spread) {
      const last = ps[ps.length - 1];
      return last === undefined ? undefined : (underlying(env.subst(last.type)) as { elem?: Type }).elem;
    }
    return ps[i]?.type;
  };

  /** Evaluates e; returns the words it reads whose use is at its consumer. */
  const expr = (e: ast.Expr | null): number[] => {
    if (e === null) return [];
    const ref = paramRef(e);
    if (ref !== null) return range(ref[0], ref[1].words.length);
    switch (e.kind) {
      case 'Ident': {
        const o = env.info.uses.get(e.id);
        const i = o === undefined ? undefined : paramIndex.get(o);
        return i === undefined ? [] : allWords(i);
      }
      case 'ParenExpr': return expr(e.x);
      case 'SelectorExpr': return expr(e.x);
      case 'StarExpr': return expr(e.x);
      case 'UnaryExpr': {
        const u = expr(e.x);
        if (e.op === '<-') {
          record(u);
          call();
          return [];
        }
        return u;
      }
      case 'BinaryExpr': {
        const u = [...expr(e.x), ...expr(e.y)];
        const t = kindOf(e);
        if (e.op === '+' && t.kind === 'Basic' && (t.basic as string).includes('string')) {
          record(u);
          call();
          return [];
        }
        return u;
      }
      case 'IndexExpr': {
        const xt = kindOf(e.x);
        const r = paramRef(e.x);
        const u = r !== null && (r[1].kind === 'slice' || r[1].kind === 'string') ? [r[0], r[0] + 1] : expr(e.x);
        u.push(...expr(e.index));
        if (xt.kind === 'Map') {
          record(u);
          call();
          return [];
        }
        return u;
      }
      case 'SliceExpr': return [...expr(e.x), ...expr(e.low), ...expr(e.high), ...expr(e.max)];
      case 'TypeAssertExpr': return expr(e.x);
      case 'KeyValueExpr': return [...expr(e.key), ...expr(e.value)];
      case 'CompositeLit': return e.elts.flatMap((x) => expr(x));
      case 'FuncLit': {
        // The closure captures the parameters it uses (by value: the words are read here).
        const u: number[] = [];
        const visit = (n: ast.Node): void => {
          if (n.kind === 'Ident') {
            const o = env.info.uses.get(n.id);
            const i = o === undefined ? undefined : paramIndex.get(o);
            if (i !== undefined) u.push(...allWords(i));
          }
          eachNode(n, visit);
        };
        visit(e.body);
        return u;
      }
      case 'CallExpr': {
        if (isType(e.fun)) return e.args.flatMap((a) => expr(a));
        if (isBuiltin(e.fun)) {
          const name = e.fun.kind === 'Ident' ? e.fun.name : e.fun.kind === 'SelectorExpr' ? e.fun.sel.name : '';
          if ((name === 'len' || name === 'cap') && e.args.length === 1) {
            const r = paramRef(e.args[0]!);
            if (r !== null && (r[1].kind === 'slice' || r[1].kind === 'string')) return [r[0] + (name === 'len' ? 1 : 2)];
          }
          const u = e.args.flatMap((a) => expr(a));
          if (name === 'panic') {
            record(u);
            call();
            st = { reach: false, clobbers: [] };
            return [];
          }
          if (name === 'append' || name === 'make' || name === 'new' || name === 'copy' || name === 'print' || name === 'println' || name === 'delete' || name === 'close' || name === 'clear') {
            record(u);
            call();
            return [];
          }
          return u;
        }
        // An argument passed whole to a callee gc inlines is read only as far as the
        // callee's body reads its parameter (a slice whose capacity it never uses).
        const callee = staticCallee(e, env.info);
        const sig = callee === null ? null : (callee.type as Signature);
        const inl = callee === null || sig === null || sig.variadic || e.args.length !== sig.params.vars.length ? null : env.inlinedCallee(callee);
        const ft = kindOf(e.fun);
        const fsig = ft.kind === 'Signature' ? ft : null;
        // gc evaluates the arguments' own calls first (walk/order.go), then converts the
        // arguments to the parameters' types left to right.
        const words = e.args.map((a, i) => {
          const u: number[] = [];
          const r = paramRef(a);
          const cp = inl?.params[i + (inl.params.length - e.args.length)];
          if (inl === null || r === null || cp === undefined || r[1].kind === 'struct' || r[1].kind === 'array' || reading.has(inl.body)) u.push(...expr(a));
          else {
            const read = new Set<number>();
            reading.add(inl.body);
            try {
              argLiveness(inl.body, [cp], env, read);
            } finally {
              reading.delete(inl.body);
            }
            u.push(...[...read].filter((w) => w < r[1].words.length).map((w) => r[0] + w));
          }
          return u;
        });
        let u = expr(e.fun);
        e.args.forEach((a, i) => {
          u.push(...words[i]!);
          // Converting the argument to an interface parameter calls the runtime (convT*),
          // argument by argument: the words read by later arguments are restored after it.
          if (fsig !== null && convCalls(a, paramType(fsig, i, e.ellipsis >= 0))) {
            record(u);
            call();
            u = [];
          }
        });
        record(u);
        call();
        return [];
      }
      default:
        return [];
    }
  };

  const block = (list: readonly ast.Stmt[]): void => {
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      // After an if whose then-branch cannot fall through, the rest of the list is dominated
      // by the if's other successor: a spill there does not cover the then-branch.
      if (s.kind === 'IfStmt' && i + 1 < list.length && !falls(s.body)) {
        stmt(s.init);
        record(expr(s.cond));
        const entry = st;
        region(...lines(s.body), false, () => stmt(s.body));
        st = entry;
        const rest = list.slice(i + 1);
        const from = s.else ?? rest[0]!;
        region(env.lineOf(from.pos), env.lineOf(Math.max(rest[rest.length - 1]!.end - 1, 0)), false, () => {
          stmt(s.else);
          block(rest);
        });
        return;
      }
      stmt(s);
    }
  };
  const region = (first: number, last: number, loop: boolean, f: () => void): void => {
    regions.push({ loop, callBefore: st.clobbers.length > 0, first, last });
    f();
    regions.pop();
  };
  const lines = (n: { pos: number; end: number }): [number, number] => [env.lineOf(n.pos), env.lineOf(Math.max(n.pos, n.end - 1))];
  const loop = (head: () => void, bodyFn: () => void): void => {
    const ctx = { breaks: [] as State[], conts: [] as State[] };
    loops.push(ctx);
    const entry = st;
    let exit: State = { reach: false, clobbers: [] };
    // Twice: the second pass sees the calls of the first (a use at the top of a loop whose
    // body calls is a use after a call).
    let end: State = { reach: false, clobbers: [] };
    for (let pass = 0; pass < 2; pass++) {
      st = merge(entry, end);
      ctx.breaks = [];
      ctx.conts = [];
      head();
      exit = st;
      bodyFn();
      end = merge(st, ...ctx.conts);
    }
    loops.pop();
    st = merge(exit, ...ctx.breaks);
  };

  const stmt = (s: ast.Stmt | null): void => {
    if (s === null) return;
    switch (s.kind) {
      case 'ExprStmt': record(expr(s.x)); break;
      case 'IncDecStmt': record(expr(s.x)); break;
      case 'SendStmt': record([...expr(s.chan), ...expr(s.value)]); call(); break;
      case 'AssignStmt': {
        // `_ = x[i]` only bounds-checks: a slice's or string's pointer is not loaded.
        const u = s.rhs.flatMap((r, i) => {
          const l = s.lhs[i];
          const pr = r.kind === 'IndexExpr' && l !== undefined && l.kind === 'Ident' && l.name === '_' ? paramRef(r.x) : null;
          return pr !== null && r.kind === 'IndexExpr' && (pr[1].kind === 'slice' || pr[1].kind === 'string') ? [pr[0] + 1, ...expr(r.index)] : expr(r);
        });
        let mapStore = false;
        for (const l of s.lhs) {
          if (l.kind === 'Ident') continue;
          u.push(...expr(l));
          if (l.kind === 'IndexExpr' && kindOf(l.x).kind === 'Map') mapStore = true;
        }
        record(u);
        if (mapStore) call();
        break;
      }
      case 'DeclStmt': {
        const d = s.decl;
        if (d.kind === 'GenDecl') for (const sp of d.specs) if (sp.kind === 'ValueSpec') record(sp.values.flatMap((v) => expr(v)));
        break;
      }
      case 'GoStmt': {
        const c = s.call;
        const u = c.kind === 'CallExpr' ? [...expr(c.fun), ...c.args.flatMap((a) => expr(a))] : expr(c);
        record(u);
        call();
        break;
      }
      case 'DeferStmt': {
        const c = s.call;
        record(c.kind === 'CallExpr' ? [...expr(c.fun), ...c.args.flatMap((a) => expr(a))] : expr(c));
        break;
      }
      case 'ReturnStmt': record(s.results.flatMap((r) => expr(r))); st = { reach: false, clobbers: [] }; break;
      case 'BranchStmt': {
        const l = loops[loops.length - 1];
        if (s.tok === 'break' && l !== undefined) l.breaks.push(st);
        else if (s.tok === 'continue' && l !== undefined) l.conts.push(st);
        if (s.tok !== 'fallthrough') st = { reach: false, clobbers: [] };
        break;
      }
      case 'BlockStmt': block(s.list); break;
      case 'LabeledStmt': stmt(s.stmt); break;
      case 'IfStmt': {
        stmt(s.init);
        record(expr(s.cond));
        const entry = st;
        region(...lines(s.body), false, () => stmt(s.body));
        const t = st;
        st = entry;
        if (s.else !== null) region(...lines(s.else), false, () => stmt(s.else));
        st = merge(t, st);
        break;
      }
      case 'SwitchStmt': case 'TypeSwitchStmt': {
        stmt(s.init);
        if (s.kind === 'SwitchStmt') record(expr(s.tag));
        else stmt(s.assign);
        const entry = st;
        const ends: State[] = [];
        let hasDefault = false;
        const ctx = { breaks: [] as State[], conts: loops[loops.length - 1]?.conts ?? [] };
        loops.push(ctx);
        for (const c of s.body.list) {
          if (c.kind !== 'CaseClause') continue;
          if (c.list === null) hasDefault = true;
          st = entry;
          if (s.kind === 'SwitchStmt') record((c.list ?? []).flatMap((x) => expr(x)));
          region(...lines(c), false, () => block(c.body));
          ends.push(st);
        }
        loops.pop();
        st = merge(...ends, ...ctx.breaks, ...(hasDefault ? [] : [entry]));
        break;
      }
      case 'SelectStmt': {
        const ends: State[] = [];
        const ctx = { breaks: [] as State[], conts: loops[loops.length - 1]?.conts ?? [] };
        for (const c of s.body.list) if (c.kind === 'CommClause' && c.comm !== null && c.comm.kind === 'SendStmt') record([...expr(c.comm.chan), ...expr(c.comm.value)]);
        call();
        const entry = st;
        loops.push(ctx);
        for (const c of s.body.list) {
          if (c.kind !== 'CommClause') continue;
          st = entry;
          region(...lines(c), false, () => block(c.body));
          ends.push(st);
        }
        loops.pop();
        st = merge(...ends, ...ctx.breaks);
        break;
      }
      case 'ForStmt': {
        stmt(s.init);
        region(...lines(s), true, () => loop(() => record(expr(s.cond)), () => {
          stmt(s.body);
          stmt(s.post);
        }));
        break;
      }
      case 'RangeStmt': {
        const xt = kindOf(s.x);
        // Ranging over a slice or a string reads its pointer and length, not its capacity.
        const xr = paramRef(s.x);
        const u = xr !== null && (xr[1].kind === 'slice' || xr[1].kind === 'string') ? [xr[0], xr[0] + 1] : expr(s.x);
        record(u);
        // Which words each iteration reads again (go1.27 walk/range.go): over a slice whose
        // index is unused, the loop counts a copy of the length down and steps a pointer
        // induction variable, so the slice's words are read once, before the loop; with the
        // index, the length bounds each iteration and the element is loaded from the pointer
        // (when the value is used); a string is indexed at every iteration. Over a map or a
        // channel the runtime is called (mapiterinit/mapiternext, chanrecv).
        const used = (e: ast.Expr | null): boolean => e !== null && !(e.kind === 'Ident' && e.name === '_');
        let again = u;
        if (xr !== null && xr[1].kind === 'slice') again = !used(s.key) ? [] : used(s.value) ? [xr[0], xr[0] + 1] : [xr[0] + 1];
        const iterCall = xt.kind === 'Map' || xt.kind === 'Chan' || xt.kind === 'Signature';
        if (iterCall) call();
        region(...lines(s), true, () => loop(() => {
          record(again);
          if (iterCall) call();
        }, () => stmt(s.body)));
        break;
      }
      default: break;
    }
  };

  stmt(body);

  const out: ArgLive[] = [];
  params.forEach((p, i) => {
    const l = layouts[i]!;
    const always = !inRegs[i] || !l.ssaable || env.addrTaken(p);
    for (let k = 0; k < l.words.length; k++) {
      const w = base[i]! + k;
      if (always) {
        out.push(1);
        continue;
      }
      const rs = restores.get(w);
      // Struct and array arguments are split into per-field values whose spills real Go 1.23
      // and 1.27 never report live (observed on every program tried: their words are always
      // marked), so their words are modelled as never live.
      if (rs === undefined || l.kind === 'struct' || l.kind === 'array') {
        out.push(0);
        continue;
      }
      // The innermost region containing every restore, entered before any call, not a loop.
      let depth = 0;
      for (;;) {
        const r: Region | undefined = rs[0]![depth];
        if (r === undefined || r.loop || r.callBefore) break;
        if (!rs.every((x) => x[depth] === r)) break;
        depth++;
      }
      out.push(depth === 0 ? 1 : [rs[0]![depth - 1]!.first, rs[0]![depth - 1]!.last]);
    }
  });
  void total;
  return out;
}

/** Whether control can reach the end of a block (it does not end in return, panic or a branch). */
function falls(b: ast.BlockStmt): boolean {
  const last = b.list[b.list.length - 1];
  if (last === undefined) return true;
  if (last.kind === 'ReturnStmt' || last.kind === 'BranchStmt') return false;
  if (last.kind === 'ExprStmt' && last.x.kind === 'CallExpr' && last.x.fun.kind === 'Ident' && last.x.fun.name === 'panic') return false;
  return true;
}

function eachNode(n: ast.Node, f: (c: ast.Node) => void): void {
  for (const v of Object.values(n)) {
    if (Array.isArray(v)) {
      for (const c of v) if (c !== null && typeof c === 'object' && typeof (c as { kind?: unknown }).kind === 'string') f(c as ast.Node);
    } else if (v !== null && typeof v === 'object' && typeof (v as { kind?: unknown }).kind === 'string') f(v as ast.Node);
  }
}
