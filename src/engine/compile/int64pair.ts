// int64pair: 64-bit integer locals kept as two JS int32 variables ("split" locals).
//
// # Why
//
// The engine represents int, int64, uint, uint64 and uintptr values as JS numbers while they
// are safe integers and as BigInt beyond (runtime/ints.ts). Code that mixes bits across the
// whole word (hashes, xorshift and LCG generators, bit tricks) lives mostly beyond 2^53, where
// every operation would allocate a BigInt. For such locals the compiler keeps the value in two
// int32 JS variables `<name>$h` (high word) and `<name>$l` (low word) and compiles the
// arithmetic between them to int32 operations, as a 32-bit Go back end lowers 64-bit
// arithmetic (cmd/compile/internal/ssagen, the dec64 pass: Int64Make / Int64Hi / Int64Lo).
//
// # Algorithm
//
//  1. splitLocals picks the locals of one function body that are worth splitting: declared
//     by a `var` or `:=` statement of a statement list, of a 64-bit integer type, never
//     boxed (address taken), never referenced from a function literal or bound by a range
//     clause, and assigned at least once a value computed with a bit-mixing operator
//     (^ | & &^ << >> * or unary ^) that this compiler can lower (see pairable).
//  2. Gen compiles an assignment to a split local with `pair`: the right-hand side becomes
//     a list of `pre` assignments to function-level temporaries (`$qN`) and two side-effect
//     free int32 expressions `h` and `l`; the statement is one JS comma expression, so it
//     also fits in a for statement's post clause.
//  3. Any other use of a split local reads j64s/j64u(h, l), the normalised value; a 64-bit
//     expression over split locals in an ordinary context is compiled by `pair` and joined
//     the same way. Values from ordinary expressions enter a pair through hi64/lo64.
//
// # Invariants
//
//  - A split local's two words are int32 values (`| 0` or a bitwise result) at every
//    statement boundary; together they are the Go value's two's-complement bits.
//  - `h` and `l` never have side effects and are evaluated after every `pre` part, so
//    operands are evaluated once and in Go's order (calls and receives only happen in
//    `pre`; they cannot change a split local: split locals are not captured or addressed).
//  - Shift counts are checked by runtime shiftCount (panics on negative counts as Go does).

import type * as ast from '../frontend/ast.ts';
import type { Info, Type, Var } from '../types/types.ts';
import type { ConstValue } from '../types/constant.ts';
import { underlying } from '../types/types.ts';

export interface Pair {
  /** Comma-expression parts evaluated first, in order. */
  pre: string[];
  /** The high word (int32), side-effect free. */
  h: string;
  /** The low word (int32), side-effect free. */
  l: string;
}

/** What the code generator lends the pair compiler. */
export interface PairHost {
  typeOf(e: ast.Expr): Type;
  /** The constant value of e, or null. */
  constOf(e: ast.Expr): ConstValue | null;
  /** The type a call's function denotes when the call is a conversion, else null. */
  conversionTo(e: ast.CallExpr): Type | null;
  /** The split JS base name of a local read through e, or null. */
  splitName(e: ast.Ident): string | null;
  /** Ordinary (joined) code for e. */
  expr(e: ast.Expr): string;
  /** A fresh function-level temporary. */
  temp(): string;
}

type Word = 'i64' | 'u64';

/** i64 / u64 for the 64-bit integer types, null otherwise. */
export function word64(t: Type): Word | null {
  const u = underlying(t);
  if (u.kind !== 'Basic') return null;
  switch (u.basic) {
    case 'int': case 'int64': return 'i64';
    case 'uint': case 'uint64': case 'uintptr': return 'u64';
    default: return null;
  }
}

/** Bits and signedness of a narrower integer type (a conversion source), null otherwise. */
function narrowInt(t: Type): { signed: boolean } | null {
  const u = underlying(t);
  if (u.kind !== 'Basic') return null;
  switch (u.basic) {
    case 'int8': case 'int16': case 'int32': case 'untyped rune': return { signed: true };
    case 'uint8': case 'uint16': case 'uint32': return { signed: false };
    default: return null;
  }
}

const pairOps = new Set(['+', '-', '*', '^', '|', '&', '&^', '<<', '>>']);
const mixingOps = new Set(['*', '^', '|', '&', '&^', '<<', '>>']);

/**
 * Whether the compiler lowers e to a pair itself (as opposed to computing it the ordinary
 * way and splitting the result), and whether that lowering mixes bits (`mixes`).
 */
export function pairable(e: ast.Expr, info: Info, mixes = { found: false }): boolean {
  switch (e.kind) {
    case 'ParenExpr':
      return pairable(e.x, info, mixes);
    case 'BinaryExpr': {
      if (!pairOps.has(e.op)) return false;
      const t = info.types.get(e.id)?.type;
      if (t === undefined || word64(t) === null) return false;
      if (mixingOps.has(e.op)) mixes.found = true;
      pairable(e.x, info, mixes);
      if (e.op !== '<<' && e.op !== '>>') pairable(e.y, info, mixes);
      return true;
    }
    case 'UnaryExpr': {
      if (e.op !== '^' && e.op !== '-' && e.op !== '+') return false;
      const t = info.types.get(e.id)?.type;
      if (t === undefined || word64(t) === null) return false;
      if (e.op === '^') mixes.found = true;
      pairable(e.x, info, mixes);
      return true;
    }
    default:
      return false;
  }
}

/**
 * The locals of body worth splitting (see the file comment), given the variables the
 * generator boxes. Function literals are not entered: their locals are chosen when their own
 * body is generated, and a local they use stays ordinary.
 */
export function splitLocals(body: ast.BlockStmt, info: Info, boxed: ReadonlySet<Var>, typeOf: (v: Var) => Type, each: (n: ast.Node, f: (c: ast.Node) => void) => void): Set<Var> {
  const declared = new Set<Var>();
  const excluded = new Set<Var>();
  const worthy = new Set<Var>();
  const varOf = (e: ast.Expr): Var | null => {
    while (e.kind === 'ParenExpr') e = e.x;
    if (e.kind !== 'Ident') return null;
    const o = info.uses.get(e.id) ?? info.defs.get(e.id);
    return o !== undefined && o !== null && o.kind === 'Var' ? o : null;
  };
  const mixes = (e: ast.Expr): boolean => {
    const m = { found: false };
    return pairable(e, info, m) && m.found;
  };
  const declList = (list: ast.Stmt[]): void => {
    for (const s of list) {
      if (s.kind === 'DeclStmt' && s.decl.kind === 'GenDecl' && s.decl.tok === 'var') {
        for (const spec of s.decl.specs) {
          if (spec.kind !== 'ValueSpec') continue;
          spec.names.forEach((n, i) => {
            const o = info.defs.get(n.id);
            if (o === undefined || o === null || o.kind !== 'Var') return;
            declared.add(o);
            if (spec.values.length === spec.names.length && mixes(spec.values[i])) worthy.add(o);
          });
        }
      } else if (s.kind === 'AssignStmt' && s.tok === ':=') {
        s.lhs.forEach((l) => {
          if (l.kind !== 'Ident') return;
          const o = info.defs.get(l.id);
          if (o !== undefined && o !== null && o.kind === 'Var') declared.add(o);
        });
      }
    }
  };
  const inLiteral = (lit: ast.Node): void => {
    const visit = (n: ast.Node): void => {
      if (n.kind === 'Ident') {
        const o = info.uses.get(n.id);
        if (o !== undefined && o !== null && o.kind === 'Var') excluded.add(o);
      }
      each(n, visit);
    };
    each(lit, visit);
  };
  const visit = (n: ast.Node): void => {
    switch (n.kind) {
      case 'FuncLit':
        inLiteral(n);
        return;
      case 'BlockStmt':
        declList(n.list);
        break;
      case 'CaseClause': case 'CommClause':
        declList(n.body);
        break;
      case 'RangeStmt':
        for (const x of [n.key, n.value]) {
          const o = x === null ? null : varOf(x);
          if (o !== null) excluded.add(o);
        }
        break;
      case 'AssignStmt':
        if (n.lhs.length === n.rhs.length) {
          n.lhs.forEach((l, i) => {
            const o = varOf(l);
            if (o === null) return;
            const op = n.tok.slice(0, -1);
            if (mixes(n.rhs[i]) || (n.tok !== '=' && n.tok !== ':=' && mixingOps.has(op))) worthy.add(o);
          });
        }
        break;
      default:
        break;
    }
    each(n, visit);
  };
  visit(body);
  const out = new Set<Var>();
  for (const o of declared) {
    if (excluded.has(o) || boxed.has(o) || !worthy.has(o)) continue;
    if (word64(typeOf(o)) !== null) out.add(o);
  }
  return out;
}

const simple = /^(?:[\w$]+|\(-\d+\))$/;
const TWO32 = 4294967296n;

function constWords(v: ConstValue): [number, number] | null {
  let i: bigint;
  if (v.kind === 'int') i = v.i;
  else if (v.kind === 'float' && v.num % v.den === 0n) i = v.num / v.den;
  else return null;
  const u = BigInt.asUintN(64, i);
  return [Number(BigInt.asIntN(32, u / TWO32)), Number(BigInt.asIntN(32, u % TWO32))];
}

function lit(n: number): string {
  return n < 0 ? `(${n})` : String(n);
}

/** Puts a pair's words in temporaries unless they are names or literals already. */
function materialise(host: PairHost, p: Pair): Pair {
  if (simple.test(p.h) && simple.test(p.l)) return p;
  const h = simple.test(p.h) ? p.h : host.temp();
  const l = simple.test(p.l) ? p.l : host.temp();
  const pre = [...p.pre];
  if (h !== p.h) pre.push(`${h} = ${p.h}`);
  if (l !== p.l) pre.push(`${l} = ${p.l}`);
  return { pre, h, l };
}

/** Compiles the 64-bit integer expression e (of type t) to a pair. */
export function pair(host: PairHost, e: ast.Expr, t: Type): Pair {
  const c = host.constOf(e);
  if (c !== null) {
    const w = constWords(c);
    if (w !== null) return { pre: [], h: lit(w[0]), l: lit(w[1]) };
  }
  const leaf = (): Pair => {
    const q = host.temp();
    return { pre: [`${q} = ${host.expr(e)}`], h: `hi64(${q})`, l: `lo64(${q})` };
  };
  switch (e.kind) {
    case 'ParenExpr':
      return pair(host, e.x, t);
    case 'Ident': {
      const n = host.splitName(e);
      return n === null ? leaf() : { pre: [], h: `${n}$h`, l: `${n}$l` };
    }
    case 'CallExpr': {
      const to = host.conversionTo(e);
      if (to === null || e.args.length !== 1) return leaf();
      const ft = host.typeOf(e.args[0]);
      if (word64(ft) !== null) return pair(host, e.args[0], ft);
      const nw = narrowInt(ft);
      if (nw === null) return leaf();
      const q = host.temp();
      return { pre: [`${q} = ${host.expr(e.args[0])}`], h: nw.signed ? `(${q} >> 31)` : '0', l: `(${q} | 0)` };
    }
    case 'UnaryExpr': {
      if (e.op === '+') return pair(host, e.x, t);
      if (e.op === '^') {
        const x = pair(host, e.x, t);
        return { pre: x.pre, h: `(~${x.h})`, l: `(~${x.l})` };
      }
      if (e.op === '-') {
        // -x = ^x + 1
        const x = materialise(host, pair(host, e.x, t));
        const q = host.temp();
        return { pre: [...x.pre, `${q} = (~${x.l} >>> 0) + 1`], h: `((~${x.h} + (${q} > 4294967295 ? 1 : 0)) | 0)`, l: `(${q} | 0)` };
      }
      return leaf();
    }
    case 'BinaryExpr': {
      if (!pairOps.has(e.op) || word64(host.typeOf(e)) === null) return leaf();
      return binop(host, e.op, pair(host, e.x, t), e.y, t);
    }
    default:
      return leaf();
  }
}

/**
 * x op y for a pair x (already compiled: its `pre` comes first) and y, an expression or a
 * pair; y must be an expression for shifts (the count).
 */
export function binop(host: PairHost, op: string, x: Pair, ye: ast.Expr | Pair, t: Type): Pair {
  const signed = word64(t) === 'i64';
  const mat = (p: Pair): Pair => materialise(host, p);
  if (op === '<<' || op === '>>') {
    if (!('kind' in ye)) throw new Error('binop: a shift count must be an expression');
    x = mat(x);
    const cv = host.constOf(ye);
    if (cv !== null && cv.kind === 'int' && cv.i >= 0n) {
      const n = cv.i > 64n ? 64 : Number(cv.i);
      return { pre: x.pre, ...constShift(op, signed, x.h, x.l, n) };
    }
    const q = host.temp();
    const pre = [...x.pre, `${q} = shiftCount(${host.expr(ye)})`];
    if (op === '<<') return { pre, h: `shlH(${x.h}, ${x.l}, ${q})`, l: `shlL(${x.l}, ${q})` };
    return signed
      ? { pre, h: `shrSH(${x.h}, ${q})`, l: `shrSL(${x.h}, ${x.l}, ${q})` }
      : { pre, h: `shrUH(${x.h}, ${q})`, l: `shrUL(${x.h}, ${x.l}, ${q})` };
  }
  let y = 'kind' in ye ? pair(host, ye, t) : ye;
  switch (op) {
    case '^': case '|': case '&':
      return { pre: [...x.pre, ...y.pre], h: `(${x.h} ${op} ${y.h})`, l: `(${x.l} ${op} ${y.l})` };
    case '&^':
      return { pre: [...x.pre, ...y.pre], h: `(${x.h} & ~${y.h})`, l: `(${x.l} & ~${y.l})` };
    case '+': case '-': {
      x = mat(x);
      y = mat(y);
      const q = host.temp();
      const pre = [...x.pre, ...y.pre, `${q} = (${x.l} >>> 0) ${op} (${y.l} >>> 0)`];
      const carry = op === '+' ? `(${q} > 4294967295 ? 1 : 0)` : `(${q} < 0 ? 1 : 0)`;
      return { pre, h: `((${x.h} ${op} ${y.h} ${op} ${carry}) | 0)`, l: `(${q} | 0)` };
    }
    case '*':
      x = mat(x);
      y = mat(y);
      return {
        pre: [...x.pre, ...y.pre],
        h: `((umulhi(${x.l}, ${y.l}) + Math.imul(${x.h}, ${y.l}) + Math.imul(${x.l}, ${y.h})) | 0)`,
        l: `Math.imul(${x.l}, ${y.l})`,
      };
    default:
      throw new Error(`binop: operator ${op} has no pair lowering`);
  }
}

function constShift(op: '<<' | '>>', signed: boolean, h: string, l: string, n: number): { h: string; l: string } {
  if (n === 0) return { h, l };
  if (op === '<<') {
    if (n >= 64) return { h: '0', l: '0' };
    if (n >= 32) return { h: n === 32 ? l : `(${l} << ${n - 32})`, l: '0' };
    return { h: `((${h} << ${n}) | (${l} >>> ${32 - n}))`, l: `(${l} << ${n})` };
  }
  if (n >= 64) return signed ? { h: `(${h} >> 31)`, l: `(${h} >> 31)` } : { h: '0', l: '0' };
  if (n >= 32) {
    const hi = signed ? `(${h} >> 31)` : '0';
    if (n === 32) return { h: hi, l: h };
    return { h: hi, l: signed ? `(${h} >> ${n - 32})` : `((${h} >>> ${n - 32}) | 0)` };
  }
  return {
    h: signed ? `(${h} >> ${n})` : `((${h} >>> ${n}) | 0)`,
    l: `((${l} >>> ${n}) | (${h} << ${32 - n}))`,
  };
}

/** The comma expression storing p into the split local `name`. */
export function storePair(p: Pair, name: string, temp: () => string): string {
  const parts = [...p.pre];
  if (p.h.includes(`${name}$l`)) {
    const q = temp();
    parts.push(`${q} = ${p.h}`, `${name}$l = ${p.l}`, `${name}$h = ${q}`);
  } else parts.push(`${name}$l = ${p.l}`, `${name}$h = ${p.h}`);
  return `(${parts.join(', ')})`;
}

/** Ordinary code for a pair: the normalised value of type t. */
export function joinPair(p: Pair, t: Type): string {
  const j = `${word64(t) === 'i64' ? 'j64s' : 'j64u'}(${p.h}, ${p.l})`;
  return p.pre.length === 0 ? j : `(${p.pre.join(', ')}, ${j})`;
}
