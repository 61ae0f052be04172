// Operands and expressions, following go1.27 types2 operand.go (operandString,
// assignableTo), expr.go (exprInternal, unary, binary, shift, comparison, updateExprType,
// implicitTypeAndValue), const.go (representable, overflow), conversions.go, index.go,
// typexpr.go (ident, typInternal), literals.go, selector handling of call.go.

import { API_SINCE } from './api-since.ts';
import type * as ast from '../frontend/ast.ts';
import { assertNever } from '../frontend/ast.ts';
import { exprString } from '../frontend/printer.ts';
import type {
  Basic, BasicKind, BuiltinId, Func, Named, Obj, OperandMode, Scope, Signature, Type, TypeParam, Var,
} from './types.ts';
import {
  Typ, basicOf, identical, isBasicKindFloat, isBasicKindInteger, isBasicKindUnsigned, isBoolean, isConstType,
  isInteger, isInterface, isInvalid, isNumeric, isString, isTypeParam, isUntyped, isUnsigned, newFunc, newNamed,
  newScope, newSignature, newTuple, newTypeName, newVar, scopeInsert, underlying, unalias, typeString, isFloat,
} from './types.ts';
import type { ConstValue } from './constant.ts';
import * as constant from './constant.ts';
import { literalValue } from './literal.ts';
import {
  CheckerBase, collectMethods, collectTypeParamsImpl, embeddedElem, interfaceType, structType, validType,
  reportTypeCycle,
} from './checker.ts';
import type { DeclChecker } from './checker.ts';
import {
  comparableType, coreType, instantiateNamed, typeKey, lookupFieldOrMethod, missingMethod, makeSubstMap, subst, termsInclude,
  tparamTypeSet, typeSet,
} from './lookup.ts';
import { builtinSince, iotaObj } from './universe.ts';

export interface Operand {
  mode: OperandMode;
  expr: ast.Expr | null;
  type: Type;
  val: ConstValue | null;
  /** Builtin id when mode is 'builtin'. */
  id: BuiltinId | null;
}

/** Mode test that defeats TypeScript's narrowing (modes change through method calls). */
export function isBad(x: Operand): boolean {
  return x.mode === 'invalid';
}

/**
 * expr.go target: the function type a generic function value is assigned to (desc names it in
 * messages). Reverse type inference from it came with go1.21 for variable declarations,
 * assignments, return statements and call arguments, and with go1.27 for every other
 * assignment context (composite literal elements, conversions, map keys: go1.27
 * assignments.go:94 and call.go:211); `since` is that release.
 */
export interface Target {
  sig: Signature;
  desc: string;
  since: number;
}

export function newTarget(t: Type | null, desc: string, since = 21): Target | null {
  if (t === null) return null;
  const u = underlying(t);
  return u.kind === 'Signature' ? { sig: u, desc, since } : null;
}

export function invalidOperand(e: ast.Expr | null): Operand {
  return { mode: 'invalid', expr: e, type: Typ.Invalid, val: null, id: null };
}

const modeString: Record<OperandMode, string> = {
  invalid: 'invalid operand', novalue: 'no value', builtin: 'built-in', typexpr: 'type', constant: 'constant',
  variable: 'variable', mapindex: 'map index expression', value: 'value', nilvalue: 'nil', commaok: 'comma, ok expression',
  commaerr: 'comma, error expression',
};

function compositeKind(t: Type): string {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic': return '';
    case 'Array': return 'array';
    case 'Slice': return 'slice';
    case 'Struct': return 'struct';
    case 'Pointer': return 'pointer';
    case 'Signature': return 'func';
    case 'Interface': return 'interface';
    case 'Map': return 'map';
    case 'Chan': return 'chan';
    case 'Tuple': return 'tuple';
    case 'Union': return 'union';
    default: return '';
  }
}

/** How to describe an assignment context in messages. */
export type Context = string;

const intRanges: Partial<Record<BasicKind, [bigint, bigint]>> = {
  int8: [-128n, 127n], int16: [-32768n, 32767n], int32: [-(2n ** 31n), 2n ** 31n - 1n], int64: [-(2n ** 63n), 2n ** 63n - 1n],
  int: [-(2n ** 63n), 2n ** 63n - 1n], uint8: [0n, 255n], uint16: [0n, 65535n], uint32: [0n, 2n ** 32n - 1n],
  uint64: [0n, 2n ** 64n - 1n], uint: [0n, 2n ** 64n - 1n], uintptr: [0n, 2n ** 64n - 1n],
};

const bitSizes: Partial<Record<BasicKind, number>> = { int8: 8, int16: 16, int32: 32, int64: 64, int: 64, uint8: 8, uint16: 16, uint32: 32, uint64: 64, uint: 64, uintptr: 64 };

/** representableConst: whether x fits basic type t; returns the rounded value or an error code. */
export function representableConst(x: ConstValue, t: Basic): { ok: boolean; val: ConstValue; code: 'overflows' | 'truncated' | 'other' } {
  const k = t.basic;
  if (x.kind === 'unknown') return { ok: true, val: x, code: 'other' };
  if (isBasicKindInteger(k)) {
    const xi = constant.toInt(x);
    if (xi.kind !== 'int') return { ok: false, val: x, code: x.kind === 'float' ? 'truncated' : 'other' };
    const r = intRanges[k];
    if (r === undefined) return { ok: true, val: xi, code: 'other' };
    return { ok: xi.i >= r[0] && xi.i <= r[1], val: xi, code: 'overflows' };
  }
  if (isBasicKindFloat(k)) {
    if (!constant.isNumericVal(x)) return { ok: false, val: x, code: 'other' };
    if (k === 'float64') {
      const r = constant.roundFloat64(x);
      return r === null ? { ok: false, val: x, code: 'overflows' } : { ok: true, val: r, code: 'other' };
    }
    if (k === 'float32') {
      const r = constant.roundFloat32(x);
      return r === null ? { ok: false, val: x, code: 'overflows' } : { ok: true, val: r, code: 'other' };
    }
    return { ok: true, val: constant.toFloat(x), code: 'other' };
  }
  if (k === 'bool' || k === 'untyped bool') return { ok: x.kind === 'bool', val: x, code: 'other' };
  if (k === 'string' || k === 'untyped string') return { ok: x.kind === 'string', val: x, code: 'other' };
  return { ok: false, val: x, code: 'other' };
}

export class Checker extends CheckerBase implements DeclChecker {
  // -------------------------------------------------------------------------
  // Operand printing (operand.go operandString)

  opString(x: Operand): string {
    if (x.mode === 'nilvalue' || (x.mode === 'value' && unalias(x.type).kind === 'Basic' && (x.type as Basic).basic === 'untyped nil')) {
      if (isInvalid(x.type)) return 'nil (with invalid type)';
      if (unalias(x.type) === Typ.UntypedNil) return 'nil';
      return `nil (of type ${this.ts(x.type)})`;
    }
    let expr = '';
    if (x.expr !== null) expr = exprString(x.expr);
    else if (x.mode === 'builtin') expr = x.id ?? '';
    else if (x.mode === 'typexpr') expr = this.ts(x.type);
    else if (x.mode === 'constant' && x.val !== null) expr = constant.constString(x.val);
    let buf = '';
    if (expr !== '') buf += expr + ' (';
    let hasType = false;
    switch (x.mode) {
      case 'invalid':
      case 'novalue':
      case 'builtin':
      case 'typexpr':
        break;
      default:
        if (isUntyped(x.type)) {
          buf += (unalias(x.type) as Basic).name + ' ';
          break;
        }
        hasType = true;
    }
    buf += modeString[x.mode];
    if (x.mode === 'constant' && x.val !== null) {
      const s = constant.constString(x.val);
      if (s !== expr) buf += ' ' + s;
    }
    if (hasType) {
      if (!isInvalid(x.type)) {
        let desc = '';
        if (this.isGeneric(x.type)) desc = 'generic ';
        const tp = unalias(x.type);
        // go1.24 types2/operand.go:186 describes the structure of a named or alias type
        // ("value of struct type Sq"); go1.23 operand.go:181 says only "value of type Sq".
        if (this.minor >= 24 && tp.kind !== 'TypeParam' && (x.type.kind === 'Alias' || x.type.kind === 'Named')) {
          let what = compositeKind(x.type);
          if (what === '') what = (underlying(x.type) as Basic).name;
          desc += what + ' ';
        }
        buf += ' of ' + desc + 'type ' + this.ts(x.type);
        if (tp.kind === 'TypeParam') buf += ' constrained by ' + this.ts(tp.bound);
      } else buf += ' with invalid type';
    }
    if (expr !== '') buf += ')';
    return buf;
  }

  isGeneric(t: Type): boolean {
    const u = unalias(t);
    return u.kind === 'Named' && u.typeParams.length > 0 && u.typeArgs.length === 0;
  }

  // -------------------------------------------------------------------------
  // Recording

  record(x: Operand): void {
    const e = x.expr;
    if (e === null) return;
    let t = x.type;
    let val = x.val;
    if (x.mode === 'invalid') return;
    if (x.mode !== 'constant') val = null;
    if (isUntyped(t) && (x.mode === 'constant' || x.mode === 'value' || x.mode === 'nilvalue')) {
      this.untyped.set(e.id, { expr: e, isLhs: false, mode: x.mode === 'constant' ? 'constant' : 'value', type: t, val });
      return;
    }
    if (x.mode === 'novalue') t = newTuple([]);
    this.info.types.set(e.id, { mode: x.mode, type: t, value: val });
  }

  recordTypeAndValue(e: ast.Expr, mode: OperandMode, t: Type, val: ConstValue | null): void {
    this.info.types.set(e.id, { mode, type: t, value: mode === 'constant' ? val : null });
  }

  /** updateExprType: sets the final type of an untyped expression and its operands. */
  updateExprType(e: ast.Expr, t: Type, final: boolean): void {
    const old = this.untyped.get(e.id);
    if (old === undefined) return;
    switch (e.kind) {
      case 'ParenExpr':
        this.updateExprType(e.x, t, final);
        break;
      case 'UnaryExpr':
        if (old.val === null) this.updateExprType(e.x, t, final);
        break;
      case 'BinaryExpr':
        if (old.val === null) {
          if (isComparisonOp(e.op)) {
            // result type is independent of operand types
          } else if (e.op === '<<' || e.op === '>>') {
            this.updateExprType(e.x, t, final);
          } else {
            this.updateExprType(e.x, t, final);
            this.updateExprType(e.y, t, final);
          }
        }
        break;
      default:
        break;
    }
    if (!final && isUntyped(t)) {
      old.type = underlying(t);
      return;
    }
    this.untyped.delete(e.id);
    if (old.isLhs) {
      // a non-constant shift whose lhs becomes typed: check it is integer
      if (!isInteger(t)) {
        this.error(e.pos, `invalid operation: shifted operand ${exprString(e)} (type ${this.ts(t)}) must be integer`);
        return;
      }
    }
    let val = old.val;
    if (val !== null) {
      const b = basicOf(t);
      if (b !== null && !isUntyped(t)) {
        const r = representableConst(val, b);
        if (r.ok) val = r.val;
      }
    }
    this.info.types.set(e.id, { mode: old.mode, type: t, value: val });
  }

  /** Records the default types of remaining untyped expressions (recordUntyped). */
  recordUntyped(): void {
    for (const [, u] of this.untyped) {
      let t = u.type;
      if (isUntyped(t) && unalias(t) !== Typ.UntypedNil) t = defaultType(t);
      this.info.types.set(u.expr.id, { mode: u.mode, type: t, value: u.val });
    }
    this.untyped.clear();
  }

  // -------------------------------------------------------------------------
  // Identifiers (typexpr.go ident)

  lookup(name: string): Obj | undefined {
    for (let s: Scope | null = this.env.scope; s !== null; s = s.parent) {
      const o = s.elems.get(name);
      if (o !== undefined) {
        return o;
      }
    }
    return undefined;
  }

  usePos = 0;

  ident(x: Operand, e: ast.Ident, def: Named | null, wantType: boolean): void {
    x.mode = 'invalid';
    x.expr = e;
    x.type = Typ.Invalid;
    if (e.name === '_') {
      this.error(e.pos, 'cannot use _ as value');
      return;
    }
    this.usePos = e.pos;
    const obj = this.lookup(e.name);
    if (obj === undefined) {
      this.error(e.pos, `undefined: ${e.name}`);
      return;
    }
    if (obj.kind === 'Builtin') {
      const since = builtinSince[obj.id];
      if (since !== undefined && !this.allowVersion(since)) {
        this.error(e.pos, `undefined: ${e.name}`);
        return;
      }
      if (obj.id === 'complex' || obj.id === 'real' || obj.id === 'imag') {
        this.unsupported(e.pos, 'complex numbers');
        return;
      }
    }
    if (obj.kind === 'TypeName' && (obj.name === 'complex64' || obj.name === 'complex128') && obj.pkg === null) {
      this.unsupported(e.pos, 'complex numbers');
      return;
    }
    this.recordUse(e, obj);
    // dependency tracking for package-level objects
    if (obj.pkg === this.pkg && (obj.kind === 'Var' || obj.kind === 'Const' || obj.kind === 'Func' || obj.kind === 'TypeName')) {
      const d = this.env.decl;
      if (d !== null && obj.parent === this.pkg.scope) d.deps.add(obj);
      if (obj.parent === this.pkg.scope || obj.kind === 'TypeName') {
        if (this.colors.get(obj) !== 'black' && this.objMap.has(obj)) this.objDecl(obj);
      }
    }
    let typ = obj.type;
    switch (obj.kind) {
      case 'PkgName':
        this.error(e.pos, `use of package ${obj.name} without selector`);
        return;
      case 'Const':
        if (isInvalid(typ)) return;
        if (obj === iotaObj) {
          if (this.env.iota === null) {
            this.error(e.pos, 'cannot use iota outside constant declaration');
            return;
          }
          x.val = this.env.iota;
        } else x.val = obj.value;
        x.mode = 'constant';
        break;
      case 'TypeName':
        if (isInvalid(typ) && this.colors.get(obj) === 'grey' && !obj.isAlias) {
          // in-progress type declaration
        }
        if (obj.isAlias && obj.type.kind === 'Alias' && obj.type.actual === null && obj.pkg === this.pkg) {
          this.error(e.pos, `invalid use of type alias ${obj.name} in recursive type (see go.dev/issue/50729)`);
          return;
        }
        x.mode = 'typexpr';
        break;
      case 'Var':
        if (obj.pkg === this.pkg) obj.used = true;
        if (isInvalid(typ)) return;
        x.mode = 'variable';
        break;
      case 'Func':
        x.mode = 'value';
        break;
      case 'Builtin':
        x.mode = 'builtin';
        x.id = obj.id;
        typ = Typ.Invalid;
        break;
      case 'Nil':
        x.mode = 'nilvalue';
        break;
      case 'Label':
        return;
      default:
        assertNever(obj, 'object');
    }
    void wantType;
    void def;
    x.type = typ;
  }

  // -------------------------------------------------------------------------
  // Type expressions

  typExpr(e: ast.Expr, def: Named | null = null): Type {
    const t = this.typInternal(e, def);
    this.recordTypeAndValue(e, 'typexpr', t, null);
    return t;
  }

  /** varType: a type for a variable; may not be a constraint interface. */
  varType(e: ast.Expr): Type {
    const t = this.typExpr(e);
    const u = underlying(t);
    if (u.kind === 'Interface' && !isTypeParam(t)) {
      const ts = typeSet(u);
      if (ts.terms !== null || ts.comparable) {
        if (ts.comparable && ts.terms === null && u.isComparable) this.error(e.pos, `cannot use type comparable outside a type constraint: interface is (or embeds) comparable`);
        else this.error(e.pos, `cannot use type ${this.ts(t)} outside a type constraint: interface contains type constraints`);
      }
    }
    return t;
  }

  typInternal(e: ast.Expr, def: Named | null): Type {
    switch (e.kind) {
      case 'BadExpr':
        return Typ.Invalid;
      case 'Ident':
      case 'SelectorExpr': {
        const x = invalidOperand(e);
        if (e.kind === 'Ident') this.ident(x, e, def, true);
        else this.selector(x, e, def, true);
        switch (x.mode) {
          case 'typexpr':
            if (this.isGeneric(x.type)) {
              const n = unalias(x.type) as Named;
              this.error(e.pos, `cannot use generic type ${this.ts(n)}${this.tparamList(n.typeParams)} without instantiation`);
              return Typ.Invalid;
            }
            return x.type;
          case 'invalid':
            return Typ.Invalid;
          case 'novalue':
            this.error(e.pos, `${exprString(e)} used as type`);
            return Typ.Invalid;
          default:
            this.error(e.pos, `${exprString(e)} is not a type`);
            return Typ.Invalid;
        }
      }
      case 'IndexExpr':
      case 'IndexListExpr':
        return this.instantiatedType(e, def);
      case 'ParenExpr':
        return this.typExpr(e.x, def);
      case 'ArrayType': {
        if (e.len === null) return { kind: 'Slice', elem: this.varType(e.elt) };
        if (e.len.kind === 'Ellipsis') {
          this.error(e.len.pos, 'invalid use of [...] array (outside a composite literal)');
          this.varType(e.elt);
          return Typ.Invalid;
        }
        const n = this.arrayLength(e.len);
        return { kind: 'Array', len: n, elem: this.varType(e.elt) };
      }
      case 'Ellipsis':
        this.error(e.pos, 'invalid use of ...');
        return Typ.Invalid;
      case 'StructType':
        return structType(this, e);
      case 'StarExpr':
        return { kind: 'Pointer', elem: this.typExpr(e.x) };
      case 'FuncType': {
        const sig = newSignature([], [], false);
        const scope = newScope(this.env.scope, e.pos, e.end, true);
        this.info.scopes.set(e.id, scope);
        this.funcType(sig, null, e, scope, []);
        return sig;
      }
      case 'InterfaceType':
        return interfaceType(this, e, def);
      case 'MapType': {
        const key = this.varType(e.key);
        const elem = this.varType(e.value);
        this.later(() => {
          if (isTypeParam(key)) {
            if (!comparableType(key)) this.error(e.key.pos, `invalid map key type ${this.ts(key)} (missing comparable constraint)`);
          } else if (!comparableType(key) && !isInvalid(key)) {
            this.error(e.key.pos, `invalid map key type ${this.ts(key)}`);
          }
        });
        return { kind: 'Map', key, elem };
      }
      case 'ChanType':
        return { kind: 'Chan', dir: e.dir, elem: this.varType(e.value) };
      case 'UnaryExpr':
        if (e.op === '~') {
          this.error(e.pos, 'invalid use of type constraint');
          return Typ.Invalid;
        }
        break;
      case 'BinaryExpr':
        if (e.op === '|') {
          this.error(e.pos, 'invalid use of type constraint');
          return Typ.Invalid;
        }
        break;
      default:
        break;
    }
    const x = invalidOperand(e);
    this.exprInternal(x, e, null);
    if (x.mode !== 'invalid') this.error(e.pos, `${exprString(e)} is not a type`);
    return Typ.Invalid;
  }

  tparamList(tps: TypeParam[]): string {
    return '[' + tps.map((t) => t.obj.name + ' ' + this.ts(t.bound)).join(', ') + ']';
  }

  arrayLength(e: ast.Expr): number {
    if (e.kind === 'Ident') {
      const o = this.lookup(e.name);
      if (o === undefined) {
        this.error(e.pos, `undefined array length ${e.name} or missing type constraint`);
        return -1;
      }
      if (o.kind !== 'Const') {
        this.error(e.pos, `invalid array length ${e.name}`);
        return -1;
      }
    }
    const x = invalidOperand(e);
    this.expr(x, e);
    if (x.mode !== 'constant') {
      if (x.mode !== 'invalid') this.error(e.pos, `array length ${exprString(e)} (${this.opString(x)}) must be constant`);
      return -1;
    }
    if (isUntyped(x.type) || isInteger(x.type)) {
      const v = constant.toInt(x.val!);
      if (v.kind === 'int' && v.i >= 0n && v.i < 2n ** 62n) {
        if (isUntyped(x.type)) this.updateExprType(e, Typ.Int, true);
        return Number(v.i);
      }
      if (v.kind === 'int' && v.i < 0n) {
        this.error(e.pos, `invalid array length ${exprString(e)} (untyped int constant ${v.i})`);
        return -1;
      }
    }
    if (isInteger(x.type) || isUntyped(x.type)) this.error(e.pos, `array length ${exprString(e)} (${this.opString(x)}) must be integer`);
    else this.error(e.pos, `array length ${exprString(e)} (${this.opString(x)}) must be integer`);
    return -1;
  }

  instantiatedType(e: ast.IndexExpr | ast.IndexListExpr, def: Named | null): Type {
    const gx = invalidOperand(e.x);
    if (e.x.kind === 'Ident') this.ident(gx, e.x, def, true);
    else if (e.x.kind === 'SelectorExpr') this.selector(gx, e.x, def, true);
    else this.exprInternal(gx, e.x, null);
    if (gx.mode === 'invalid') return Typ.Invalid;
    if (gx.mode !== 'typexpr') {
      this.error(e.x.pos, `${exprString(e.x)} is not a type`);
      return Typ.Invalid;
    }
    const gt = unalias(gx.type);
    if (gt.kind !== 'Named' || gt.typeParams.length === 0 || gt.typeArgs.length > 0) {
      this.error(e.x.pos, `${this.ts(gx.type)} is not a generic type`);
      return Typ.Invalid;
    }
    const args = e.kind === 'IndexExpr' ? [e.index] : e.indices;
    const targs = args.map((a) => this.varType(a));
    if (targs.length !== gt.typeParams.length) {
      if (targs.length > gt.typeParams.length) this.error(args[gt.typeParams.length].pos, `got ${targs.length} type arguments but ${this.ts(gt)}${this.tparamList(gt.typeParams)} has ${gt.typeParams.length} type parameters`);
      else this.error(e.rbrack, `not enough type arguments for type ${this.ts(gt)}: have ${targs.length}, want ${gt.typeParams.length}`);
      return Typ.Invalid;
    }
    if (targs.some(isInvalid)) return Typ.Invalid;
    const inst = instantiateNamed(gt, targs);
    if (e.x.kind === 'Ident') this.info.instances.set(e.x.id, { typeArgs: targs, type: inst });
    this.later(() => {
      this.verifyTypeArgs(gt.typeParams, targs, (i) => args[i].pos);
    });
    return inst;
  }

  /** Verifies that type arguments satisfy their constraints; returns false after reporting. */
  verifyTypeArgs(tps: TypeParam[], targs: Type[], posOf: (i: number) => number): boolean {
    const smap = makeSubstMap(tps, targs);
    for (let i = 0; i < tps.length; i++) {
      const bound = subst(tps[i].bound, smap);
      const cause = this.implementsCause(targs[i], bound, true);
      if (cause !== null) {
        this.error(posOf(i), cause);
        return false;
      }
    }
    return true;
  }

  /** implements (instantiate.go): null if V satisfies T, else the message. */
  implementsCause(V: Type, T: Type, constraint: boolean): string | null {
    const Vu = underlying(V);
    const Tu = underlying(T);
    if (isInvalid(V) || isInvalid(T)) return null;
    if (Tu.kind !== 'Interface') return `${this.ts(T)} is not an interface`;
    const verb = constraint ? 'satisfy' : 'implement';
    const ts = typeSet(Tu);
    if (ts.terms !== null && ts.terms.length === 0) return `cannot ${verb} ${this.ts(T)} (empty type set)`;
    const mm = missingMethod(V, Tu, true);
    if (mm !== null) return `${this.ts(V)} does not ${verb} ${this.ts(T)} ${this.missingCause(V, mm)}`;
    if (ts.comparable || (Tu.isComparable)) {
      if (!comparableType(V) && !(Vu.kind === 'Interface' && !isTypeParam(V) && this.allowVersion(20))) {
        return `${this.ts(V)} does not ${verb} comparable`;
      }
      if (isTypeParam(V) && !comparableType(V)) return `${this.ts(V)} does not ${verb} comparable`;
    }
    if (ts.terms !== null) {
      if (isTypeParam(V)) {
        const vts = tparamTypeSet(unalias(V) as TypeParam);
        if (vts.terms === null || !vts.terms.every((t) => ts.terms!.some((u) => (u.tilde ? identical(underlying(u.type), underlying(t.type)) : !t.tilde && identical(u.type, t.type))))) {
          return `${this.ts(V)} does not ${verb} ${this.ts(T)}`;
        }
      } else if (!termsInclude(ts.terms, V)) {
        const what = this.termListString(Tu);
        if (ts.terms.length === 1 && !ts.terms[0].tilde && identical(underlying(ts.terms[0].type), Vu)) {
          return `${this.ts(V)} does not ${verb} ${this.ts(T)} (possibly missing ~ for ${this.ts(Vu)} in ${this.ts(T)})`;
        }
        return `${this.ts(V)} does not ${verb} ${this.ts(T)} (${this.ts(V)} missing in ${what})`;
      }
    }
    return null;
  }

  termListString(t: ReturnType<typeof underlying> & { kind: 'Interface' }): string {
    const ts = typeSet(t);
    return (ts.terms ?? []).map((x) => (x.tilde ? '~' : '') + this.ts(x.type)).join(' | ');
  }

  missingCause(V: Type, mm: NonNullable<ReturnType<typeof missingMethod>>): string {
    const m = mm.method;
    switch (mm.reason) {
      case 'missing':
        return `(missing method ${m.name})`;
      case 'ptrRecv':
        return `(method ${m.name} has pointer receiver)`;
      case 'notMethod':
        return `(missing method ${m.name})`;
      case 'wrongType': {
        const have = mm.have!;
        return `(wrong type for method ${m.name})\n\t\thave ${m.name}${this.sigString(have.type as Signature)}\n\t\twant ${m.name}${this.sigString(m.type as Signature)}`;
      }
    }
    void V;
    return '';
  }

  /** A method signature as types2's funcString prints it in causes: no parameter names. */
  sigString(s: Signature): string {
    const strip = (t: Signature['params']): Signature['params'] => newTuple(t.vars.map((v) => newVar('', v.pos, v.pkg, v.type)));
    return typeString({ ...s, recv: null, typeParams: [], params: strip(s.params), results: strip(s.results) }, this.qualifier).slice(4);
  }

  /** Function signature from its AST (signature.go funcType). */
  funcType(sig: Signature, recv: ast.FieldList | null, ftype: ast.FuncType, scope: Scope, recvTypeParams: TypeParam[]): void {
    const saved = this.env.scope;
    this.env.scope = scope;
    if (ftype.typeParams !== null) sig.typeParams = this.collectTypeParams(ftype.typeParams, scope);
    if (recv !== null && recv.list.length > 0) {
      const f = recv.list[0];
      const t = this.recvType(f.type, scope, recvTypeParams, sig);
      const name = f.names.length > 0 ? f.names[0].name : '';
      const v = newVar(name, f.names.length > 0 ? f.names[0].pos : f.type.pos, this.pkg, t, { isParam: true, used: true });
      if (f.names.length > 0) this.declare(scope, f.names[0], v);
      sig.recv = v;
    }
    const [params, variadic] = this.collectParams(ftype.params, scope, true);
    const [results] = this.collectParams(ftype.results, scope, false);
    sig.params = newTuple(params);
    sig.results = newTuple(results);
    sig.variadic = variadic;
    this.env.scope = saved;
  }

  recvType(e: ast.Expr, scope: Scope, recvTypeParams: TypeParam[], sig: Signature): Type {
    let ptr = false;
    let t = e;
    while (t.kind === 'ParenExpr') t = t.x;
    if (t.kind === 'StarExpr') {
      ptr = true;
      t = t.x;
    }
    let base: Type;
    if (t.kind === 'IndexExpr' || t.kind === 'IndexListExpr') {
      const bx = invalidOperand(t.x);
      this.exprInternal(bx, t.x, null);
      const g = unalias(bx.type);
      if (bx.mode !== 'typexpr' || g.kind !== 'Named' || g.typeParams.length === 0) {
        if (bx.mode !== 'invalid') this.error(t.x.pos, `${exprString(t.x)} is not a generic type`);
        return Typ.Invalid;
      }
      const names = t.kind === 'IndexExpr' ? [t.index] : t.indices;
      const tps: TypeParam[] = [];
      names.forEach((n, i) => {
        const name = n.kind === 'Ident' ? n.name : '_';
        const obj = newTypeName(name, n.pos, this.pkg, Typ.Invalid);
        const gb = i < g.typeParams.length ? g.typeParams[i].bound : Typ.Invalid;
        const tp: TypeParam = { kind: 'TypeParam', obj, index: i, bound: gb, id: 0 };
        tp.id = 1e6 + obj.order;
        obj.type = tp;
        if (n.kind === 'Ident') this.declare(scope, n, obj);
        tps.push(tp);
      });
      if (tps.length !== g.typeParams.length) {
        this.error(t.pos, `receiver declares ${tps.length} type parameters, but receiver base type declares ${g.typeParams.length}`);
        return Typ.Invalid;
      }
      // substitute the bounds for the receiver type parameters
      const smap = makeSubstMap(g.typeParams, tps);
      for (const tp of tps) tp.bound = subst(tp.bound, smap);
      recvTypeParams.push(...tps);
      sig.recvTypeParams = tps;
      base = instantiateNamed(g, tps);
      this.recordTypeAndValue(t, 'typexpr', base, null);
    } else {
      base = this.typExpr(t);
    }
    if (isInvalid(base)) return Typ.Invalid;
    const bu = unalias(base);
    if (bu.kind === 'Named') {
      if (bu.obj.pkg !== this.pkg) {
        this.error(t.pos, `cannot define new methods on non-local type ${this.ts(base)}`);
        return Typ.Invalid;
      }
      const u = underlying(bu);
      if (u.kind === 'Pointer' || u.kind === 'Interface') {
        this.error(t.pos, `invalid receiver type ${this.ts(base)} (pointer or interface type)`);
        return Typ.Invalid;
      }
    } else if (bu.kind === 'Basic') {
      this.error(t.pos, `cannot define new methods on non-local type ${this.ts(base)}`);
      return Typ.Invalid;
    } else {
      this.error(t.pos, `invalid receiver type ${this.ts(base)}`);
      return Typ.Invalid;
    }
    return ptr ? { kind: 'Pointer', elem: base } : base;
  }

  collectParams(list: ast.FieldList | null, scope: Scope, variadicOk: boolean): [Var[], boolean] {
    if (list === null) return [[], false];
    const out: Var[] = [];
    let variadic = false;
    list.list.forEach((f, i) => {
      let te = f.type;
      let isVariadic = false;
      if (te.kind === 'Ellipsis' && te.elt !== null) {
        isVariadic = true;
        te = te.elt;
        if (!variadicOk || i !== list.list.length - 1 || f.names.length > 1) {
          this.error(f.type.pos, `can only use ... with final parameter in list`);
        } else variadic = true;
      }
      let t = this.varType(te);
      if (isVariadic) {
        t = { kind: 'Slice', elem: t };
        this.recordTypeAndValue(f.type, 'typexpr', t, null);
      }
      if (f.names.length > 0) {
        for (const id of f.names) {
          const v = newVar(id.name, id.pos, this.pkg, t, { isParam: true, used: true });
          this.declare(scope, id, v);
          out.push(v);
        }
      } else {
        const v = newVar('', f.type.pos, this.pkg, t, { isParam: true, used: true });
        this.info.implicits.set(f.id, v);
        out.push(v);
      }
    });
    return [out, variadic];
  }

  collectTypeParams(list: ast.FieldList, scope: Scope): TypeParam[] {
    return collectTypeParamsImpl(this, list, scope);
  }

  // -------------------------------------------------------------------------
  // Object declarations (decl.go objDecl)

  objDecl(obj: Obj): void {
    const color = this.colors.get(obj) ?? 'white';
    if (color === 'black') return;
    if (color === 'grey') {
      // cycle: valid only through type definitions
      const i = this.objPath.indexOf(obj);
      const cycle = i >= 0 ? this.objPath.slice(i) : [obj];
      if (obj.kind === 'TypeName') {
        const hasDef = cycle.some((o) => o.kind === 'TypeName' && !o.isAlias);
        const hasVal = cycle.some((o) => o.kind === 'Const' || o.kind === 'Var');
        if (hasDef && !hasVal) return;
        if (!hasVal) {
          reportTypeCycle(this, cycle.filter((o): o is typeof obj => o.kind === 'TypeName'));
          if (obj.isAlias && obj.type.kind === 'Alias') obj.type.actual = Typ.Invalid;
        }
        return;
      }
      if (obj.kind === 'Func') return;
      if (obj.kind === 'Const' || obj.kind === 'Var') {
        const nval = cycle.filter((o) => o.kind === 'Const' || o.kind === 'Var').length;
        const hasType = cycle.some((o) => o.kind === 'TypeName');
        if (hasType || nval === cycle.length) {
          if (cycle.every((o) => o.kind === 'Var' || o.kind === 'Func') && obj.kind === 'Var') return; // init cycles reported later
          this.cycleError(cycle);
          if (obj.kind === 'Const') obj.value = constant.unknownVal;
          obj.type = Typ.Invalid;
        }
      }
      return;
    }
    const d = this.objMap.get(obj);
    if (d === undefined) return;
    this.colors.set(obj, 'grey');
    this.objPath.push(obj);
    const savedEnv = this.env;
    this.env = { decl: d, scope: d.scope, iota: null, errpos: -1, sig: null, inFunc: false, hasCallOrRecv: false };
    try {
      switch (d.kind) {
        case 'const':
          this.env.iota = constant.makeInt(d.iota);
          if (d.inherited && d.init !== null) this.env.errpos = obj.pos;
          this.constDecl(obj as ReturnType<typeof this.asConst>, d.typ, d.init, d.inherited);
          break;
        case 'var':
          this.varDecl(obj as Var, d.lhs, d.typ, d.init);
          break;
        case 'type':
          this.typeDecl(obj as ReturnType<typeof this.asTypeName>, d.spec);
          break;
        case 'func':
          this.funcDecl(obj as Func, d.decl);
          break;
      }
    } finally {
      this.env = savedEnv;
      this.objPath.pop();
      this.colors.set(obj, 'black');
    }
  }

  asConst(o: Obj): Obj & { kind: 'Const' } {
    return o as Obj & { kind: 'Const' };
  }
  asTypeName(o: Obj): Obj & { kind: 'TypeName' } {
    return o as Obj & { kind: 'TypeName' };
  }

  cycleError(cycle: Obj[]): void {
    let start = 0;
    cycle.forEach((o, i) => {
      if (o.pos < cycle[start].pos) start = i;
    });
    const obj = cycle[start];
    if (cycle.length === 1) {
      if (obj.kind === 'TypeName') this.error(obj.pos, `invalid recursive type: ${obj.name} refers to itself`);
      else this.error(obj.pos, `initialization cycle: ${obj.name} refers to itself`);
      return;
    }
    let msg = `initialization cycle for ${obj.name}`;
    for (let i = 0; i < cycle.length; i++) {
      const o = cycle[(start + i) % cycle.length];
      const n = cycle[(start + i + 1) % cycle.length];
      msg += `\n\t${this.posString(o.pos)}: ${o.name} refers to ${n.name}`;
    }
    this.error(obj.pos, msg);
  }

  constDecl(obj: Obj & { kind: 'Const' }, typ: ast.Expr | null, init: ast.Expr | null, inherited: boolean): void {
    let t: Type | null = null;
    if (typ !== null) {
      t = this.typExpr(typ);
      if (!isConstType(t)) {
        if (!isInvalid(t)) this.error(typ.pos, `invalid constant type ${this.ts(t)}`);
        obj.type = Typ.Invalid;
        return;
      }
    }
    const x = invalidOperand(init);
    if (init !== null) {
      if (inherited) this.env.errpos = obj.pos;
      this.expr(x, init);
    }
    this.initConst(obj, x, t);
    void inherited;
  }

  initConst(lhs: Obj & { kind: 'Const' }, x: Operand, t: Type | null): void {
    if (x.mode === 'invalid' || isInvalid(x.type)) {
      lhs.type = Typ.Invalid;
      return;
    }
    if (x.mode !== 'constant') {
      this.error(x.expr!.pos, `${exprString(x.expr!)} (${this.opString(x).replace(/^.*? \(/, '').replace(/\)$/, '')}) is not constant`);
      lhs.type = Typ.Invalid;
      return;
    }
    if (t !== null) {
      this.assignment(x, t, 'constant declaration');
      if (isBad(x)) {
        lhs.type = Typ.Invalid;
        return;
      }
    }
    lhs.type = x.type;
    lhs.value = x.val!;
  }

  varDecl(obj: Var, lhs: Var[] | null, typ: ast.Expr | null, init: ast.Expr | null): void {
    if (typ !== null) {
      const t = this.varType(typ);
      obj.type = t;
      if (lhs !== null) for (const v of lhs) v.type = t;
    }
    if (init === null) {
      if (typ === null) obj.type = Typ.Invalid;
      return;
    }
    if (lhs === null || lhs.length === 1) {
      const x = invalidOperand(init);
      this.expr(x, init, true, typ !== null ? newTarget(obj.type, obj.name) : null);
      this.initVar(obj, x, 'variable declaration');
      return;
    }
    // var a, b = f()
    this.initVars(lhs, [init], null);
    for (const v of lhs) this.colors.set(v, 'black');
  }

  typeDecl(obj: Obj & { kind: 'TypeName' }, spec: ast.TypeSpec): void {
    if (spec.assign >= 0) {
      // alias
      const a: Type = { kind: 'Alias', obj, actual: null };
      obj.type = a;
      if (spec.typeParams !== null) {
        this.error(spec.typeParams.pos, 'generic type alias requires GOEXPERIMENT=aliastypeparams');
      }
      const rhs = this.typExpr(spec.type);
      a.actual = rhs;
      return;
    }
    const named = newNamed(obj, null);
    if (spec.typeParams !== null) {
      const scope = newScope(this.env.scope, spec.pos, spec.end);
      this.info.scopes.set(spec.id, scope);
      named.typeParams = this.collectTypeParams(spec.typeParams, scope);
      const saved = this.env.scope;
      this.env.scope = scope;
      this.resolveNamedRhs(named, spec);
      this.env.scope = saved;
    } else this.resolveNamedRhs(named, spec);
    collectMethods(this, obj, named);
    this.later(() => {
      validType(this, named);
      if (underlying(named).kind === 'Struct') {
        // nothing further
      }
    });
    // method signatures are needed for lookups: declare them now
    for (const m of named.methods) this.objDecl(m);
  }

  resolveNamedRhs(named: Named, spec: ast.TypeSpec): void {
    const rhs = this.typExpr(spec.type, named);
    let u = rhs;
    const ru = unalias(rhs);
    if (ru.kind === 'Named') {
      if (ru.underlying === null && ru.typeArgs.length === 0) {
        if (this.nameCycle(ru.obj, named.obj)) {
          // a cycle through type names only
          reportTypeCycle(this, this.typeCyclePath(named.obj, ru.obj));
          named.underlying = Typ.Invalid;
          return;
        }
        // The rhs is still being declared and reached this one from its type literal
        // (`type T1 struct{ Next *T2 }; type T2 T1`): its underlying type once it is known.
        const l = this.pendingUnder.get(ru) ?? [];
        l.push(named);
        this.pendingUnder.set(ru, l);
        return;
      }
      u = underlying(ru);
    } else if (ru.kind === 'TypeParam') {
      this.error(spec.type.pos, `cannot use a type parameter as RHS in type declaration`);
      u = Typ.Invalid;
    }
    named.underlying = u;
    this.settlePending(named);
  }

  /** Named types waiting for another's underlying type (resolveNamedRhs). */
  readonly pendingUnder = new Map<Named, Named[]>();
  settlePending(named: Named): void {
    const l = this.pendingUnder.get(named);
    if (l === undefined) return;
    this.pendingUnder.delete(named);
    for (const d of l) {
      d.underlying = named.underlying;
      this.settlePending(d);
    }
  }

  /** Following type declarations whose right side is a plain type name from `from` reaches `to`. */
  nameCycle(from: Obj, to: Obj): boolean {
    const seen = new Set<Obj>();
    let o: Obj | undefined = from;
    while (o !== undefined && !seen.has(o)) {
      if (o === to) return true;
      seen.add(o);
      const d = this.objMap.get(o);
      if (d === undefined || d.kind !== 'type') return false;
      let e: ast.Expr = d.spec.type;
      while (e.kind === 'ParenExpr') e = e.x;
      if (e.kind !== 'Ident') return false;
      o = this.pkg.scope.elems.get(e.name);
    }
    return false;
  }

  typeCyclePath(from: Obj, to: Obj): (Obj & { kind: 'TypeName' })[] {
    const i = this.objPath.indexOf(to);
    const path = i >= 0 ? this.objPath.slice(i) : [from];
    return path.filter((o): o is Obj & { kind: 'TypeName' } => o.kind === 'TypeName');
  }

  funcDecl(obj: Func, decl: ast.FuncDecl): void {
    const sig = obj.type as Signature;
    const scope = newScope(this.pkg.scope, decl.type.pos, decl.end, true);
    this.info.scopes.set(decl.type.id, scope);
    const rtps: TypeParam[] = [];
    this.funcType(sig, decl.recv, decl.type, scope, rtps);
    if (sig.recv !== null) {
      const rt = unalias(sig.recv.type);
      obj.ptrRecv = rt.kind === 'Pointer';
    }
    if (decl.body === null) {
      if (!this.opts.stdlib && this.opts.complete !== false && decl.name.name !== 'init') this.error(decl.name.pos, 'missing function body');
      return;
    }
    const body = decl.body;
    const d = this.env.decl;
    this.later(() => {
      const saved = this.env;
      this.env = { ...saved, decl: d };
      this.funcBody(decl.name.name, sig, body, scope);
      this.env = saved;
    });
  }

  // -------------------------------------------------------------------------
  // Expressions (expr.go)

  /** expr: a single-valued expression. allowGeneric: generic funcs may appear uninstantiated. */
  expr(x: Operand, e: ast.Expr, _allowCommaOk = false, T: Target | null = null): void {
    this.rawExpr(x, e, null, false, T);
    this.exclude(x, ['novalue', 'builtin', 'typexpr']);
    this.singleValue(x);
  }

  /** multiExpr: an expression that may yield several values (calls, comma-ok). */
  multiExpr(e: ast.Expr, allowCommaOk: boolean, allowGeneric = false): Operand[] {
    const x = invalidOperand(e);
    this.rawExpr(x, e, null, allowGeneric);
    this.exclude(x, ['novalue', 'builtin', 'typexpr']);
    if (x.mode === 'invalid') return [x];
    const t = unalias(x.type);
    if (t.kind === 'Tuple' && x.mode === 'value') {
      return t.vars.map((v) => ({ mode: 'value', expr: e, type: v.type, val: null, id: null }));
    }
    if (allowCommaOk && (x.mode === 'mapindex' || x.mode === 'commaok' || x.mode === 'commaerr')) {
      const x2: Operand = { mode: 'value', expr: e, type: Typ.UntypedBool, val: null, id: null };
      if (x.mode === 'commaerr') x2.type = this.universeError();
      const x1 = { ...x, mode: 'value' as OperandMode };
      this.info.types.set(e.id, { mode: 'commaok', type: x.type, value: null });
      return [x1, x2];
    }
    if (x.mode === 'mapindex' || x.mode === 'commaok') x.mode = 'value';
    return [x];
  }

  universeError(): Type {
    return (this.pkg.scope.parent!.elems.get('error') as Obj).type;
  }

  /**
   * An expression in an assignment context: hint is the type assigned to, also the target of
   * a generic function value from release targetSince (see Target).
   */
  exprWithHint(x: Operand, e: ast.Expr, hint: Type, desc = 'assignment', targetSince = 27): void {
    this.rawExpr(x, e, hint, false, newTarget(hint, desc, targetSince));
    this.exclude(x, ['novalue', 'builtin', 'typexpr']);
    this.singleValue(x);
  }

  exprOrType(x: Operand, e: ast.Expr, allowGeneric: boolean): void {
    this.rawExpr(x, e, null, allowGeneric);
    this.exclude(x, ['novalue']);
    this.singleValue(x);
  }

  exclude(x: Operand, modes: OperandMode[]): void {
    if (!modes.includes(x.mode)) return;
    const e = x.expr!;
    switch (x.mode) {
      case 'novalue':
        if (modes.length === 3) this.error(e.pos, `${exprString(e)} (no value) used as value`);
        else this.error(e.pos, `${exprString(e)} (no value) used as value or type`);
        break;
      case 'builtin':
        this.error(e.pos, `${exprString(e)} (built-in) must be called`);
        break;
      case 'typexpr':
        this.error(e.pos, `${exprString(e)} (type) is not an expression`);
        break;
      default:
        break;
    }
    x.mode = 'invalid';
  }

  singleValue(x: Operand): void {
    if (x.mode === 'value') {
      const t = unalias(x.type);
      if (t.kind === 'Tuple') {
        this.error(x.expr!.pos, `multiple-value ${exprString(x.expr!)} (value of type ${this.ts(t)}) in single-value context`);
        x.mode = 'invalid';
      }
    }
    // comma-ok operands keep their mode (printed as "comma, ok expression") and act as values
  }

  /**
   * rawExpr (expr.go): T is the target of an assignment context (the function type a generic
   * function value is assigned to), which may infer its type arguments (go1.21).
   */
  rawExpr(x: Operand, e: ast.Expr, hint: Type | null, allowGeneric: boolean, T: Target | null = null): void {
    this.exprInternal(x, e, hint);
    if (!allowGeneric) this.nonGeneric(x, T);
    this.record(x);
  }

  /**
   * nonGeneric (expr.go): a generic type, or a generic function whose type arguments cannot be
   * inferred, is an error here. A partially instantiated function f[A] gets its other type
   * arguments inferred from its constraints (and from T), a bare generic function from T (go1.21
   * reverse type inference; the go1.19 checker has none).
   */
  nonGeneric(x: Operand, T: Target | null = null): void {
    if (x.mode === 'invalid' || x.mode === 'novalue') return;
    let generic = false;
    let what = '';
    if (x.mode === 'typexpr' && this.isGeneric(x.type)) {
      generic = true;
      what = 'type';
    } else {
      const t = unalias(x.type);
      if (t.kind === 'Signature' && t.typeParams.length > 0) {
        const e = x.expr;
        const partial = e !== null && (e.kind === 'IndexExpr' || e.kind === 'IndexListExpr');
        const target = T !== null && this.allowVersion(T.since) ? T : null;
        if (partial || target !== null) {
          this.completeFuncInst(x, target);
          return;
        }
        generic = true;
        what = 'function';
      }
    }
    if (generic) {
      this.error(x.expr!.pos, `cannot use generic ${what} ${exprString(x.expr!)} without instantiation`);
      x.mode = 'invalid';
      x.type = Typ.Invalid;
    }
  }

  /**
   * The second half of funcInst (call.go) for a function value: infers the type arguments not
   * given (none for a bare generic function), treating an assignment to a variable of the
   * target's type like a call g(target) of func g[type parameters](the function's type), and
   * instantiates. Records the instance on the function's name for the code generator.
   */
  completeFuncInst(x: Operand, T: Target | null): void {
    const sig = unalias(x.type) as Signature;
    const e = x.expr!;
    let targs: Type[] = [];
    let pos = e.pos;
    let name: ast.Expr = e;
    if (e.kind === 'IndexExpr' || e.kind === 'IndexListExpr') {
      const xl = e.kind === 'IndexExpr' ? [e.index] : e.indices;
      targs = xl.map((a) => this.info.types.get(a.id)?.type ?? Typ.Invalid);
      pos = e.lbrack;
      name = e.x;
    }
    const params: Var[] = [];
    const args: Operand[] = [];
    if (T !== null) {
      const gsig: Signature = { ...sig, recv: null, typeParams: [], recvTypeParams: [] };
      params.push(newVar('', e.pos, this.pkg, gsig));
      const desc: ast.Ident = { kind: 'Ident', id: -1, pos: e.pos, end: e.pos, name: T.desc } as unknown as ast.Ident;
      args.push({ mode: 'value', expr: desc, type: T.sig, val: null, id: null });
    }
    const inferred = this.infer(pos, sig.typeParams, targs, params, args, '');
    if (inferred === null || !this.verifyTypeArgs(sig.typeParams, inferred, () => pos)) {
      x.mode = 'invalid';
      x.type = Typ.Invalid;
      return;
    }
    const inst: Signature = { ...(subst({ ...sig, typeParams: [] }, makeSubstMap(sig.typeParams, inferred)) as Signature), typeParams: [] };
    while (name.kind === 'ParenExpr') name = name.x;
    if (name.kind === 'SelectorExpr') name = name.sel;
    if (name.kind === 'Ident') this.info.instances.set(name.id, { typeArgs: inferred, type: inst });
    x.type = inst;
    x.mode = 'value';
  }

  exprInternal(x: Operand, e: ast.Expr, hint: Type | null): void {
    x.mode = 'invalid';
    x.type = Typ.Invalid;
    x.val = null;
    x.expr = e;
    switch (e.kind) {
      case 'BadExpr':
        return;
      case 'Ident':
        this.ident(x, e, null, false);
        return;
      case 'Ellipsis':
        this.error(e.pos, 'invalid use of ...');
        return;
      case 'BasicLit': {
        if (e.bad) return;
        if (e.litKind === 'IMAG') {
          this.unsupported(e.pos, 'complex numbers');
          return;
        }
        const v = literalValue(e.litKind, e.value);
        if (v.kind === 'unknown') {
          this.error(e.pos, `malformed constant: ${e.value}`);
          return;
        }
        if (v.kind === 'int' || v.kind === 'float') {
          // excessively large constants
          const bits = v.kind === 'int' ? v.i.toString(2).length : 0;
          if (bits > 512) {
            this.error(e.pos, `excessively large constant: ${e.value}`);
            return;
          }
        }
        x.mode = 'constant';
        x.val = v;
        x.type = e.litKind === 'INT' ? Typ.UntypedInt : e.litKind === 'FLOAT' ? Typ.UntypedFloat : e.litKind === 'CHAR' ? Typ.UntypedRune : Typ.UntypedString;
        return;
      }
      case 'FuncLit': {
        const t = this.typExpr(e.type);
        if (t.kind === 'Signature') {
          const scope = this.info.scopes.get(e.type.id)!;
          const decl = this.env.decl;
          const iota = this.env.iota;
          // types2 checks literal bodies after the enclosing statement (go.dev/issue/22992)
          this.later(() => {
            const saved = this.env;
            this.env = { ...saved, decl, iota };
            this.funcBody('', t, e.body, scope);
            this.env = saved;
          });
          x.mode = 'value';
          x.type = t;
        }
        return;
      }
      case 'CompositeLit':
        this.compositeLit(x, e, hint);
        return;
      case 'ParenExpr': {
        this.rawExpr(x, e.x, null, false);
        x.expr = e;
        return;
      }
      case 'SelectorExpr':
        this.selector(x, e, null, false);
        return;
      case 'IndexExpr':
      case 'IndexListExpr':
        this.indexExpr(x, e);
        return;
      case 'SliceExpr':
        this.sliceExpr(x, e);
        return;
      case 'TypeAssertExpr': {
        this.expr(x, e.x);
        if (x.mode === 'invalid') return;
        if (e.type === null) {
          this.error(e.pos, 'use of .(type) outside type switch');
          x.mode = 'invalid';
          return;
        }
        if (isTypeParam(x.type)) {
          this.error(e.x.pos, `invalid operation: cannot use type assertion on type parameter value ${this.opString(x)}`);
          x.mode = 'invalid';
          return;
        }
        if (!isInterface(x.type)) {
          this.error(e.x.pos, `invalid operation: ${this.opString(x)} is not an interface`);
          x.mode = 'invalid';
          return;
        }
        const T = this.varType(e.type);
        if (isInvalid(T)) {
          x.mode = 'invalid';
          return;
        }
        this.typeAssertion(e, x, T, false);
        x.mode = 'commaok';
        x.type = T;
        return;
      }
      case 'CallExpr':
        this.callExpr(x, e);
        return;
      case 'StarExpr': {
        this.exprOrType(x, e.x, false);
        switch (x.mode as OperandMode) {
          case 'invalid':
            return;
          case 'typexpr':
            x.type = { kind: 'Pointer', elem: x.type };
            break;
          default: {
            if ((x.mode as OperandMode) === 'nilvalue') {
              this.error(e.x.pos, 'invalid operation: cannot indirect nil');
              x.mode = 'invalid';
              return;
            }
            const ct = coreType(x.type);
            if (ct === null || ct.kind !== 'Pointer') {
              this.error(e.x.pos, `invalid operation: cannot indirect ${this.opString(x)}`);
              x.mode = 'invalid';
              return;
            }
            x.mode = 'variable';
            x.type = ct.elem;
          }
        }
        x.expr = e;
        return;
      }
      case 'UnaryExpr':
        this.unary(x, e);
        return;
      case 'BinaryExpr':
        this.binary(x, e, e.x, e.y, e.op, e.opPos);
        return;
      case 'KeyValueExpr':
        this.error(e.pos, 'no key:value expected');
        return;
      case 'ArrayType':
      case 'StructType':
      case 'FuncType':
      case 'InterfaceType':
      case 'MapType':
      case 'ChanType':
        x.mode = 'typexpr';
        x.type = this.typExpr(e);
        return;
      default:
        assertNever(e, 'expression');
    }
  }

  // -------------------------------------------------------------------------
  // Composite literals (literals.go)

  compositeLit(x: Operand, e: ast.CompositeLit, hint: Type | null): void {
    let typ: Type;
    let base: Type;
    if (e.type !== null) {
      if (e.type.kind === 'ArrayType' && e.type.len !== null && e.type.len.kind === 'Ellipsis') {
        const elem = this.varType(e.type.elt);
        typ = { kind: 'Array', len: -1, elem };
        base = typ;
      } else {
        typ = this.typExpr(e.type);
        base = typ;
      }
    } else if (hint !== null) {
      typ = hint;
      base = typ;
      const bu = coreType(base);
      if (bu !== null && bu.kind === 'Pointer') base = bu.elem;
    } else {
      this.error(e.pos, 'invalid composite literal type: missing type');
      for (const el of e.elts) this.useExpr(el);
      return;
    }
    const u = coreType(base);
    if (u === null) {
      this.error(e.pos, `invalid composite literal type ${this.ts(typ)}`);
      return;
    }
    switch (u.kind) {
      case 'Struct': {
        if (e.elts.length === 0) break;
        const fields = u.fields;
        if (e.elts[0].kind === 'KeyValueExpr') {
          const visited = new Set<string>();
          for (const el of e.elts) {
            if (el.kind !== 'KeyValueExpr') {
              this.error(el.pos, 'mixture of field:value and value elements in struct literal');
              continue;
            }
            const key = el.key;
            if (key.kind !== 'Ident') {
              this.error(key.pos, `invalid field name ${exprString(key)} in struct literal`);
              this.useExpr(el.value);
              continue;
            }
            // go1.27: promoted fields may be named (types2 literals.go)
            const ex = invalidOperand(el.value);
            const r = key.name === '_' ? { obj: null, index: null, indirect: false } : lookupFieldOrMethod(u, false, this.pkg, key.name);
            if (r.obj === null) {
              this.exprWithHint(ex, el.value, Typ.Invalid);
              this.error(key.pos, `unknown field ${key.name} in struct literal of type ${this.ts(base)}`);
              continue;
            }
            if (r.obj.kind !== 'Var') {
              this.exprWithHint(ex, el.value, Typ.Invalid);
              this.error(key.pos, `${key.name} is not a field`);
              continue;
            }
            const fld = r.obj;
            const path = r.index!;
            if (path.length > 1 && !this.allowVersion(27)) {
              // the go1.26 toolchain knows no promoted fields in literals
              this.exprWithHint(ex, el.value, Typ.Invalid);
              this.error(key.pos, `unknown field ${key.name} in struct literal of type ${this.ts(base)}`);
              continue;
            }
            this.exprWithHint(ex, el.value, fld.type);
            if (r.indirect) {
              this.error(key.pos, `invalid implicit pointer indirection to reach ${key.name}`);
              continue;
            }
            this.recordUse(key, fld);
            this.assignment(ex, fld.type, 'struct literal');
            const k = path.join('.');
            if (visited.has(k)) {
              this.error(el.pos, `duplicate field name ${key.name} in struct literal`);
              continue;
            }
            visited.add(k);
          }
        } else {
          let i = 0;
          for (const el of e.elts) {
            if (el.kind === 'KeyValueExpr') {
              this.error(el.pos, 'mixture of field:value and value elements in struct literal');
              continue;
            }
            const ex = invalidOperand(el);
            if (i >= fields.length) {
              this.exprWithHint(ex, el, Typ.Invalid);
              this.error(el.pos, `too many values in struct literal of type ${this.ts(base)}`);
              break;
            }
            const fld = fields[i];
            this.exprWithHint(ex, el, fld.type);
            if (!fld.embedded && fld.pkg !== this.pkg && !/^[A-Z]/.test(fld.name)) {
              this.error(el.pos, `implicit assignment to unexported field ${fld.name} in struct literal of type ${this.ts(base)}`);
            }
            this.assignment(ex, fld.type, 'struct literal');
            i++;
          }
          if (e.elts.length < fields.length) {
            const hint = fields.some((f) => f.pkg !== this.pkg && !/^[A-Z]/.test(f.name)) ? ' (type has unexported fields - use key:value pairs)' : '';
            this.error(e.rbrace, `too few values in struct literal of type ${this.ts(base)}${hint}`);
          }
        }
        break;
      }
      case 'Array': {
        const n = this.indexedElts(e.elts, u.elem, u.len);
        if (u.len < 0) {
          const at: Type = { kind: 'Array', len: n, elem: u.elem };
          typ = at;
          if (e.type !== null) this.recordTypeAndValue(e.type, 'typexpr', at, null);
        }
        break;
      }
      case 'Slice':
        this.indexedElts(e.elts, u.elem, -1);
        break;
      case 'Map': {
        const keys = new Map<string, number>();
        for (const el of e.elts) {
          if (el.kind !== 'KeyValueExpr') {
            this.error(el.pos, 'missing key in map literal');
            this.useExpr(el);
            continue;
          }
          const kx = invalidOperand(el.key);
          this.exprWithHint(kx, el.key, u.key);
          this.assignment(kx, u.key, 'map literal');
          if (kx.mode === 'constant') {
            const k = constKey(kx.val!);
            if (k !== null && keys.has(k + typeKeyStr(kx.type))) {
              this.error(kx.expr!.pos, `duplicate key ${exprString(el.key)} in map literal`);
            } else if (k !== null) keys.set(k + typeKeyStr(kx.type), 1);
          }
          const vx = invalidOperand(el.value);
          this.exprWithHint(vx, el.value, u.elem);
          this.assignment(vx, u.elem, 'map literal');
        }
        break;
      }
      default: {
        if (isInvalid(u)) return;
        this.error(e.pos, `invalid composite literal type ${this.ts(typ)}`);
        for (const el of e.elts) this.useExpr(el.kind === 'KeyValueExpr' ? el.value : el);
        return;
      }
    }
    x.mode = 'value';
    x.type = typ;
  }

  indexedElts(elts: ast.Expr[], elem: Type, length: number): number {
    const visited = new Set<number>();
    let index = 0;
    let max = 0;
    for (const el of elts) {
      let validIndex = false;
      let ev = el;
      if (el.kind === 'KeyValueExpr') {
        const i = this.index(el.key, length);
        if (i >= 0) {
          index = i;
          validIndex = true;
        } else if (i === -1) {
          // error already reported
        }
        ev = el.value;
      } else if (length >= 0 && index >= length) {
        this.error(el.pos, `index ${index} is out of bounds (>= ${length})`);
      } else validIndex = true;
      if (validIndex) {
        if (visited.has(index)) this.error(el.pos, `duplicate index ${index} in array or slice literal`);
        else visited.add(index);
      }
      index++;
      if (index > max) max = index;
      const x = invalidOperand(ev);
      this.exprWithHint(x, ev, elem);
      this.assignment(x, elem, 'array or slice literal');
    }
    return max;
  }

  /** A constant index expression for literals: value or -1 (error) / -2 (not constant). */
  index(e: ast.Expr, max: number): number {
    const x = invalidOperand(e);
    this.expr(x, e);
    if (x.mode === 'invalid') return -1;
    if (!this.isValidIndex(x, 'index', false)) return -1;
    if (x.mode !== 'constant') {
      this.error(e.pos, `index ${exprString(e)} must be integer constant`);
      return -1;
    }
    const v = constant.bigIntVal(x.val!)!;
    if (max >= 0 && v >= BigInt(max)) {
      this.error(e.pos, `invalid argument: index ${constant.constString(x.val!)} out of bounds [0:${max}]`);
      return -1;
    }
    return Number(v);
  }

  useExpr(e: ast.Expr): void {
    const x = invalidOperand(e);
    this.rawExpr(x, e, null, true);
  }

  // -------------------------------------------------------------------------
  // Selectors (call.go selector)

  selector(x: Operand, e: ast.SelectorExpr, def: Named | null, wantType: boolean): void {
    const sel = e.sel.name;
    if (e.x.kind === 'Ident') {
      this.usePos = e.x.pos;
      const o = this.lookup(e.x.name);
      if (o !== undefined && o.kind === 'PkgName') {
        this.recordUse(e.x, o);
        o.used = true;
        const pkg = o.imported;
        const exp = pkg.scope.elems.get(sel);
        x.expr = e;
        if (pkg.info === null && pkg.scope.elems.size === 0) {
          // unsupported package: already reported at the import
          x.mode = 'invalid';
          return;
        }
        // A name the release does not have yet (go1.N api lists): the toolchain of that release
        // reports it undefined.
        const since = this.opts.stdlib === true ? undefined : API_SINCE[pkg.path + '.' + sel];
        if (exp === undefined || (since !== undefined && this.minor < since) || !/^[A-Z]/.test(sel) && !(pkg.path === 'unsafe')) {
          if (exp !== undefined && !/^[A-Z]/.test(sel)) this.error(e.sel.pos, `name ${sel} not exported by package ${pkg.name}`);
          else this.error(e.sel.pos, `undefined: ${exprString(e)}`);
          x.mode = 'invalid';
          return;
        }
        this.recordUse(e.sel, exp);
        switch (exp.kind) {
          case 'Const':
            x.mode = 'constant';
            x.type = exp.type;
            x.val = exp.value;
            break;
          case 'TypeName':
            x.mode = 'typexpr';
            x.type = exp.type;
            break;
          case 'Var':
            x.mode = 'variable';
            x.type = exp.type;
            break;
          case 'Func':
            x.mode = 'value';
            x.type = exp.type;
            break;
          case 'Builtin':
            x.mode = 'builtin';
            x.type = Typ.Invalid;
            x.id = exp.id;
            break;
          default:
            x.mode = 'invalid';
        }
        return;
      }
    }
    this.exprOrType(x, e.x, false);
    switch (x.mode) {
      case 'typexpr':
        break;
      case 'invalid':
        x.expr = e;
        return;
      case 'builtin':
        this.error(e.pos, `invalid use of ${this.opString(x)} in selector expression`);
        x.mode = 'invalid';
        x.expr = e;
        return;
      default:
        break;
    }
    void wantType;
    void def;
    if (x.mode === 'nilvalue') {
      this.error(e.sel.pos, `${exprString(e)} undefined (type untyped nil has no field or method ${sel})`);
      x.mode = 'invalid';
      x.expr = e;
      return;
    }
    const addressable = x.mode === 'variable';
    const r = lookupFieldOrMethod(x.type, addressable, this.pkg, sel);
    if (r.obj !== null && r.obj.kind === 'Func' && this.opts.stdlib !== true && this.methodTooNew(r.obj)) {
      // A method the release does not have yet (go1.N api lists): that toolchain reports it missing.
      this.error(e.sel.pos, `${exprString(e)} undefined (type ${this.ts(x.type)} has no field or method ${sel})`);
      x.mode = 'invalid';
      x.expr = e;
      return;
    }
    if (r.obj === null) {
      if (isInvalid(underlying(x.type))) {
        x.mode = 'invalid';
        x.expr = e;
        return;
      }
      if (r.index !== null) {
        this.error(e.sel.pos, `ambiguous selector ${exprString(e)}`);
      } else if (r.indirect) {
        if (x.mode === 'typexpr') {
          this.error(e.sel.pos, `invalid method expression ${this.ts(x.type)}.${sel} (needs pointer receiver (*${this.ts(x.type)}).${sel})`);
        } else {
          this.error(e.sel.pos, `cannot call pointer method ${sel} on ${this.ts(x.type)}`);
        }
      } else {
        this.error(e.sel.pos, `${exprString(e)} undefined (${this.lookupError(x.type, sel)})`);
      }
      x.mode = 'invalid';
      x.expr = e;
      return;
    }
    const obj = r.obj;
    this.recordUse(e.sel, obj);
    if (obj.kind === 'Func' && this.env.decl !== null) {
      const o = obj.origin ?? obj;
      if (o.pkg === this.pkg && this.objMap.has(o)) this.env.decl.deps.add(o);
    }
    if (x.mode === 'typexpr') {
      // method expression
      if (obj.kind !== 'Func') {
        this.error(e.sel.pos, `${exprString(e)} undefined (type ${this.ts(x.type)} has no method ${sel})`);
        x.mode = 'invalid';
        x.expr = e;
        return;
      }
      const sig = obj.type as Signature;
      const recv = newVar('', -1, this.pkg, x.type, { isParam: true });
      const params = [recv, ...sig.params.vars];
      // A go1.27 method with type parameters of its own keeps them: T.m[X] instantiates it.
      const mt: Signature = { kind: 'Signature', recv: null, typeParams: sig.typeParams, recvTypeParams: [], params: newTuple(params), results: sig.results, variadic: sig.variadic };
      this.info.selections.set(e.id, { kind: 'MethodExpr', recv: x.type, obj, index: r.index!, indirect: r.indirect, type: mt });
      x.mode = 'value';
      x.type = mt;
      x.expr = e;
      return;
    }
    if (obj.kind === 'Var') {
      this.info.selections.set(e.id, { kind: 'FieldVal', recv: x.type, obj, index: r.index!, indirect: r.indirect, type: obj.type });
      if (x.mode === 'variable' || r.indirect) x.mode = 'variable';
      else x.mode = 'value';
      x.type = obj.type;
    } else {
      const sig = obj.type as Signature;
      const mt: Signature = { ...sig, recv: null };
      this.info.selections.set(e.id, { kind: 'MethodVal', recv: x.type, obj, index: r.index!, indirect: r.indirect, type: mt });
      x.mode = 'value';
      x.type = mt;
    }
    x.expr = e;
  }

  /** Whether method m of a standard package arrived after the release being checked. */
  methodTooNew(m: Func): boolean {
    const recv = (m.type as Signature).recv;
    if (recv === null || m.pkg === null) return false;
    let rt = unalias(recv.type);
    if (rt.kind === 'Pointer') rt = unalias(rt.elem);
    if (rt.kind !== 'Named') return false;
    const since = API_SINCE[`${m.pkg.path}.${rt.obj.name}.${m.name}`];
    return since !== undefined && this.minor < since;
  }

  lookupError(t: Type, sel: string): string {
    // unexported field/method of another package, or case mismatch
    const [bt, isPtr] = derefT(t);
    const u = underlying(bt);
    const ts = this.ts(t);
    if (isPtr && isInterface(bt)) return `type ${ts} is pointer to interface, not interface`;
    if (u.kind === 'Struct' && !isPtr) {
      const f = u.fields.find((f) => f.name === sel);
      if (f !== undefined && f.pkg !== this.pkg) return `cannot refer to unexported field ${sel}`;
    }
    if (u.kind === 'Struct' && isPtr) {
      const f = u.fields.find((f) => f.name === sel);
      if (f !== undefined && f.pkg !== this.pkg) return `cannot refer to unexported field ${sel}`;
    }
    const nb = unalias(bt);
    if (nb.kind === 'Named') {
      const m = nb.orig.methods.find((m) => m.name === sel);
      if (m !== undefined && m.pkg !== this.pkg) return `cannot refer to unexported method ${sel}`;
    }
    // different capitalization
    const alt = sel[0] === sel[0].toUpperCase() ? sel[0].toLowerCase() + sel.slice(1) : sel[0].toUpperCase() + sel.slice(1);
    const r2 = lookupFieldOrMethod(t, true, this.pkg, alt);
    if (r2.obj !== null) {
      const what = r2.obj.kind === 'Var' ? 'field' : 'method';
      return `type ${ts} has no field or method ${sel}, but does have ${what} ${alt}`;
    }
    const tu = unalias(t);
    if (tu.kind === 'Pointer') {
      const pu = unalias(tu.elem);
      if (pu.kind === 'Pointer') return `type ${ts} has no field or method ${sel}`;
    }
    return `type ${ts} has no field or method ${sel}`;
  }

  // -------------------------------------------------------------------------
  // Index and slice expressions (index.go)

  indexExpr(x: Operand, e: ast.IndexExpr | ast.IndexListExpr): void {
    this.exprOrType(x, e.x, true);
    if (x.mode === 'invalid') {
      if (e.kind === 'IndexExpr') this.useExpr(e.index);
      else for (const i of e.indices) this.useExpr(i);
      x.expr = e;
      return;
    }
    if (x.mode === 'typexpr') {
      x.mode = 'typexpr';
      x.type = this.instantiatedType(e, null);
      x.expr = e;
      if (isInvalid(x.type)) x.mode = 'invalid';
      return;
    }
    if (x.mode === 'value') {
      const st = unalias(x.type);
      if (st.kind === 'Signature' && st.typeParams.length > 0) {
        this.funcInst(x, e, null);
        return;
      }
    }
    if (e.kind === 'IndexListExpr') {
      this.error(e.indices[1].pos, `unexpected comma; expecting ]`);
      x.mode = 'invalid';
      return;
    }
    let valid = false;
    let length = -1;
    const u = coreType(x.type) ?? underlying(x.type);
    switch (u.kind) {
      case 'Basic':
        if (isString(u)) {
          valid = true;
          if (x.mode === 'constant') length = (x.val as { s: string }).s.length;
          x.mode = 'value';
          x.type = Typ.Byte;
        }
        break;
      case 'Array':
        valid = true;
        length = u.len;
        if (x.mode !== 'variable') x.mode = 'value';
        x.type = u.elem;
        break;
      case 'Pointer': {
        const a = underlying(u.elem);
        if (a.kind === 'Array') {
          valid = true;
          length = a.len;
          x.mode = 'variable';
          x.type = a.elem;
        }
        break;
      }
      case 'Slice':
        valid = true;
        x.mode = 'variable';
        x.type = u.elem;
        break;
      case 'Map': {
        const k = invalidOperand(e.index);
        this.exprWithHint(k, e.index, u.key);
        this.assignment(k, u.key, 'map index');
        x.mode = 'mapindex';
        x.type = u.elem;
        x.expr = e;
        return;
      }
      default:
        break;
    }
    // A type parameter without a core type: every type in its type set must be indexable with
    // the same element (and key) type (go1.27 types2 index.go, case *Interface).
    if (!valid && isTypeParam(x.type)) {
      const ts = tparamTypeSet(unalias(x.type) as TypeParam);
      let key: Type | null = null;
      let elem: Type | null = null;
      let mode: Operand['mode'] = 'variable';
      let ok = ts.terms !== null && ts.terms.length > 0;
      let minLen = Infinity;
      let allArrays = true;
      for (const term of ts.terms ?? []) {
        const tu = underlying(term.type);
        let k: Type | null = null;
        let el: Type | null = null;
        let l = -1;
        if (tu.kind === 'Basic' && isString(tu)) { el = Typ.Byte; mode = 'value'; }
        else if (tu.kind === 'Array') { l = tu.len; el = tu.elem; if (x.mode !== 'variable') mode = 'value'; }
        else if (tu.kind === 'Pointer' && underlying(tu.elem).kind === 'Array') { const a = underlying(tu.elem) as { len: number; elem: Type }; l = a.len; el = a.elem; }
        else if (tu.kind === 'Slice') el = tu.elem;
        else if (tu.kind === 'Map') { k = tu.key; el = tu.elem; }
        if (el === null || (elem !== null && (!identical(el, elem) || (key === null) !== (k === null) || (key !== null && k !== null && !identical(key, k))))) { ok = false; break; }
        if (elem === null) { elem = el; key = k; }
        if (l >= 0) minLen = Math.min(minLen, l);
        else allArrays = false;
      }
      if (ok && elem !== null) {
        if (key !== null) {
          const k = invalidOperand(e.index);
          this.exprWithHint(k, e.index, key);
          this.assignment(k, key, 'map index');
          x.mode = 'mapindex';
          x.type = elem;
          x.expr = e;
          return;
        }
        valid = true;
        x.mode = mode;
        x.type = elem;
        length = allArrays && minLen !== Infinity ? minLen : -1;
      }
    }
    if (!valid) {
      this.error(e.pos, `invalid operation: cannot index ${this.opString(x)}`);
      this.useExpr(e.index);
      x.mode = 'invalid';
      x.expr = e;
      return;
    }
    this.indexValue(e.index, length);
    x.expr = e;
  }

  /** Checks an index value; returns the constant index or -1. */
  indexValue(e: ast.Expr, max: number): number {
    const x = invalidOperand(e);
    this.expr(x, e);
    if (!this.isValidIndex(x, 'index', false)) return -1;
    if (x.mode !== 'constant') return -1;
    const v = constant.bigIntVal(x.val!);
    if (v === null) return -1;
    if (max >= 0 && v >= BigInt(max)) {
      this.error(e.pos, `invalid argument: index ${exprString(e)} out of bounds [0:${max}]`);
      return -1;
    }
    return Number(v);
  }

  isValidIndex(x: Operand, what: string, allowNegative: boolean): boolean {
    if (x.mode === 'invalid') return false;
    this.convertUntyped(x, Typ.Int);
    if (isBad(x)) return false;
    if (!allIntegerT(x.type)) {
      this.error(x.expr!.pos, `invalid argument: ${what} ${this.opString(x)} must be integer`);
      return false;
    }
    if (x.mode === 'constant') {
      const v = constant.bigIntVal(x.val!);
      if (!allowNegative && v !== null && v < 0n) {
        this.error(x.expr!.pos, `invalid argument: ${what} ${this.opString(x)} must not be negative`);
        return false;
      }
    }
    return true;
  }

  sliceExpr(x: Operand, e: ast.SliceExpr): void {
    this.expr(x, e.x);
    if (x.mode === 'invalid') {
      for (const i of [e.low, e.high, e.max]) if (i !== null) this.useExpr(i);
      x.expr = e;
      return;
    }
    let valid = false;
    let length = -1;
    const u = coreType(x.type) ?? underlying(x.type);
    switch (u.kind) {
      case 'Basic':
        if (isString(u)) {
          if (e.slice3) {
            this.error(e.max !== null ? e.max.pos : e.rbrack, `invalid operation: 3-index slice of string`);
            x.mode = 'invalid';
            return;
          }
          valid = true;
          if (x.mode === 'constant') length = (x.val as { s: string }).s.length;
          if (isUntyped(x.type)) x.type = Typ.String;
        }
        break;
      case 'Array':
        valid = true;
        length = u.len;
        if (x.mode !== 'variable') {
          this.error(e.x.pos, `cannot slice unaddressable value ${this.opString(x)}`);
          x.mode = 'invalid';
          return;
        }
        x.type = { kind: 'Slice', elem: u.elem };
        break;
      case 'Pointer': {
        const a = underlying(u.elem);
        if (a.kind === 'Array') {
          valid = true;
          length = a.len;
          x.type = { kind: 'Slice', elem: a.elem };
        }
        break;
      }
      case 'Slice':
        valid = true;
        break;
      default:
        break;
    }
    if (!valid) {
      this.error(e.x.pos, `cannot slice ${this.opString(x)}`);
      x.mode = 'invalid';
      return;
    }
    x.mode = 'value';
    const idx: number[] = [];
    for (const i of [e.low, e.high, e.max]) {
      let v = -1;
      if (i !== null) {
        const max = length >= 0 ? length + 1 : -1;
        const ix = invalidOperand(i);
        this.expr(ix, i);
        if (this.isValidIndex(ix, 'index', false) && ix.mode === 'constant') {
          const b = constant.bigIntVal(ix.val!);
          if (b !== null) {
            if (max >= 0 && b >= BigInt(max)) this.error(i.pos, `invalid argument: index ${exprString(i)} out of bounds [0:${max}]`);
            else v = Number(b);
          }
        }
      }
      idx.push(v);
    }
    // constant indices must be in range
    for (let i = 0; i < idx.length; i++) {
      if (idx[i] < 0) continue;
      for (let j = i + 1; j < idx.length; j++) {
        if (idx[j] >= 0 && idx[j] < idx[i]) {
          const ej = [e.low, e.high, e.max][j]!;
          this.error(ej.pos, `invalid slice indices: ${idx[j]} < ${idx[i]}`);
          x.expr = e;
          return;
        }
      }
    }
    x.expr = e;
  }

  // -------------------------------------------------------------------------
  // Unary and binary expressions

  unary(x: Operand, e: ast.UnaryExpr): void {
    this.expr(x, e.x);
    if (x.mode === 'invalid') {
      x.expr = e;
      return;
    }
    const op = e.op;
    switch (op) {
      case '&': {
        let inner = e.x;
        while (inner.kind === 'ParenExpr') inner = inner.x;
        if (inner.kind !== 'CompositeLit' && x.mode !== 'variable') {
          this.error(e.x.pos, `invalid operation: cannot take address of ${this.opString(x)}`);
          x.mode = 'invalid';
          x.expr = e;
          return;
        }
        x.mode = 'value';
        x.type = { kind: 'Pointer', elem: x.type };
        x.expr = e;
        return;
      }
      case '<-': {
        const u = coreType(x.type);
        if (u === null || u.kind !== 'Chan') {
          this.error(e.x.pos, `invalid operation: cannot receive from non-channel ${this.opString(x)}`);
          x.mode = 'invalid';
          x.expr = e;
          return;
        }
        if (u.dir === 'send') {
          this.error(e.x.pos, `invalid operation: cannot receive from send-only channel ${this.ts(x.type)} ${this.opString(x)}`);
          x.mode = 'invalid';
          x.expr = e;
          return;
        }
        x.mode = 'commaok';
        x.type = u.elem;
        x.expr = e;
        this.env.hasCallOrRecv = true;
        return;
      }
      case '~':
        this.error(e.pos, 'cannot use ~ outside of interface or type constraint');
        x.mode = 'invalid';
        return;
      default:
        break;
    }
    if (!this.opPredicate(x, op, true)) {
      x.mode = 'invalid';
      x.expr = e;
      return;
    }
    if (x.mode === 'constant') {
      if (x.val!.kind === 'unknown') {
        x.expr = e;
        return;
      }
      let prec = 0;
      if (isUnsigned(x.type)) prec = bitSizes[(underlying(x.type) as Basic).basic] ?? 64;
      x.val = constant.unaryOp(op, x.val!, prec);
      x.expr = e;
      this.overflow(x, e.x.pos);
      return;
    }
    x.mode = 'value';
    x.expr = e;
  }

  opPredicate(x: Operand, op: string, unary: boolean): boolean {
    let ok: boolean;
    let what = '';
    const t = x.type;
    const all = (p: (t: Type) => boolean): boolean => {
      if (isTypeParam(t)) {
        const ts = tparamTypeSet(unalias(t) as TypeParam);
        return ts.terms !== null && ts.terms.length > 0 && ts.terms.every((term) => p(term.type));
      }
      return p(t);
    };
    switch (op) {
      case '+':
        ok = unary ? all(isNumeric) : all((u) => isNumeric(u) || isString(u));
        what = unary ? 'numeric' : 'numeric or string';
        break;
      case '-':
      case '*':
      case '/':
        ok = all(isNumeric);
        break;
      case '%':
      case '&':
      case '|':
      case '&^':
        ok = all(isInteger);
        break;
      case '^':
        ok = all(isInteger);
        break;
      case '!':
      case '&&':
      case '||':
        ok = all(isBoolean);
        break;
      default:
        ok = false;
    }
    void what;
    if (!ok) {
      if (op === '+' && unary) this.error(x.expr!.pos, `invalid operation: operator + not defined on ${this.opString(x)}`);
      else this.error(x.expr!.pos, `invalid operation: operator ${op} not defined on ${this.opString(x)}`);
      return false;
    }
    return true;
  }

  overflow(x: Operand, opPos: number): void {
    if (x.val === null || x.val.kind === 'unknown') return;
    if (isTyped(x.type)) {
      const b = basicOf(x.type);
      if (b === null) return;
      const r = representableConst(x.val, b);
      if (!r.ok) {
        this.error(opPos, `constant ${constant.constString(x.val)} overflows ${this.ts(x.type)}`);
        x.val = constant.unknownVal;
        return;
      }
      x.val = r.val;
      return;
    }
    if (x.val.kind === 'int' && x.val.i.toString(2).length > 512) {
      const e = x.expr;
      let op = '';
      if (e !== null && e.kind === 'BinaryExpr') op = ({ '+': 'addition ', '-': 'subtraction ', '^': 'bitwise XOR ', '*': 'multiplication ', '<<': 'shift ' } as Record<string, string>)[e.op] ?? '';
      else if (e !== null && e.kind === 'UnaryExpr' && e.op === '^') op = 'bitwise complement ';
      this.error(opPos, `constant ${op}overflow`);
      x.val = constant.unknownVal;
    }
  }

  binary(x: Operand, e: ast.Expr | null, lhs: ast.Expr, rhs: ast.Expr, op: ast.BinaryOp, opPos: number): void {
    const y = invalidOperand(rhs);
    this.expr(x, lhs);
    this.expr(y, rhs);
    if (x.mode === 'invalid') return;
    if (y.mode === 'invalid') {
      x.mode = 'invalid';
      x.expr = y.expr;
      return;
    }
    if (op === '<<' || op === '>>') {
      this.shift(x, y, e, op);
      return;
    }
    this.matchTypes(x, y);
    if (isBad(x)) return;
    if (isComparisonOp(op)) {
      this.comparison(x, y, op, false);
      if (e !== null) x.expr = e;
      return;
    }
    if (!identical(x.type, y.type)) {
      if (!isInvalid(x.type) && !isInvalid(y.type)) {
        const pe = e ?? lhs;
        const s = e !== null ? exprString(e) : `${exprString(lhs)} ${op}= ${exprString(rhs)}`;
        this.error(pe.pos, `invalid operation: ${s} (mismatched types ${this.ts(x.type)} and ${this.ts(y.type)})`);
      }
      x.mode = 'invalid';
      return;
    }
    if (!this.opPredicate(x, op, false)) {
      x.mode = 'invalid';
      return;
    }
    if (op === '/' || op === '%') {
      if ((x.mode === 'constant' || isInteger(x.type)) && y.mode === 'constant' && y.val!.kind !== 'unknown' && constant.sign(y.val!) === 0) {
        this.error(y.expr!.pos, 'invalid operation: division by zero');
        x.mode = 'invalid';
        return;
      }
    }
    if (x.mode === 'constant' && y.mode === 'constant') {
      if (x.val!.kind === 'unknown' || y.val!.kind === 'unknown') {
        x.val = constant.unknownVal;
      } else {
        const intDiv = op === '/' && isInteger(x.type);
        let xv: ConstValue = x.val!;
        let yv: ConstValue = y.val!;
        if (op === '%' || op === '&' || op === '|' || op === '^' || op === '&^') {
          xv = constant.toInt(xv);
          yv = constant.toInt(yv);
        }
        x.val = constant.binaryOp(xv, op, yv, intDiv);
        if (x.val.kind === 'float' && (isInteger(x.type)) && x.val.den === 1n) x.val = constant.makeInt(x.val.num);
      }
      x.expr = e ?? lhs;
      this.overflow(x, opPos);
      return;
    }
    x.mode = 'value';
    if (e !== null) x.expr = e;
  }

  /** matchTypes: converts untyped operands to each other's type (expr.go). */
  matchTypes(x: Operand, y: Operand): void {
    const mayConvert = (): boolean => {
      if (isTyped(x.type) && isTyped(y.type)) return false;
      if (allNumericT(x.type) !== allNumericT(y.type)) return false;
      if (isNonTypeParamInterface(x.type) || isNonTypeParamInterface(y.type)) return true;
      if (isBoolean(x.type) !== isBoolean(y.type)) return false;
      if (isString(x.type) !== isString(y.type)) return false;
      if (x.mode === 'nilvalue') return hasNil(y.type);
      if (y.mode === 'nilvalue') return hasNil(x.type);
      if (isPointerT(x.type) || isPointerT(y.type)) return false;
      return true;
    };
    if (mayConvert()) {
      this.convertUntyped(x, y.type);
      if (x.mode === 'invalid') return;
      this.convertUntyped(y, x.type);
      if (y.mode === 'invalid') {
        x.mode = 'invalid';
        return;
      }
    }
  }

  comparison(x: Operand, y: Operand, op: string, switchCase: boolean): void {
    if (x.mode === 'invalid' || y.mode === 'invalid') {
      x.mode = 'invalid';
      return;
    }
    let errOp: Operand = x;
    let cause = '';
    let code = '';
    const okAssign = this.assignableTo(x, y.type) || this.assignableTo(y, x.type);
    if (okAssign) {
      switch (op) {
        case '==':
        case '!=':
          if (x.mode === 'nilvalue' || y.mode === 'nilvalue') {
            const typ = x.mode === 'nilvalue' ? y.type : x.type;
            if (!hasNil(typ) && !isInvalid(typ)) {
              errOp = y;
              code = 'mismatch';
            }
            break;
          }
          if (!comparableType(x.type)) {
            errOp = x;
            cause = this.incomparableCause(x.type);
            code = 'incomparable';
          } else if (!comparableType(y.type)) {
            errOp = y;
            cause = this.incomparableCause(y.type);
            code = 'incomparable';
          }
          break;
        default:
          if (!allOrdered(x.type)) {
            errOp = x;
            code = 'unordered';
          } else if (!allOrdered(y.type)) {
            errOp = y;
            code = 'unordered';
          }
      }
    } else code = 'mismatch';
    if (code !== '') {
      const pos = switchCase ? x.expr!.pos : x.expr!.pos;
      let s = `${exprString(x.expr!)} ${op} ${exprString(y.expr!)}`;
      if (switchCase) s = `${exprString(x.expr!)} == ${exprString(y.expr!)}`;
      if (code === 'mismatch') {
        if (switchCase) this.error(x.expr!.pos, `invalid case ${exprString(x.expr!)} in switch on ${exprString(y.expr!)} (mismatched types ${this.ts(x.type)} and ${this.ts(y.type)})`);
        else this.error(pos, `invalid operation: ${s} (mismatched types ${this.ts(x.type)} and ${this.ts(y.type)})`);
      } else if (code === 'unordered') {
        if (isTypeParam(errOp.type)) this.error(pos, `invalid operation: ${s} (type parameter ${this.ts(errOp.type)} cannot use operator ${op})`);
        else this.error(pos, `invalid operation: ${s} (operator ${op} not defined on ${this.kindString(errOp.type)})`);
      } else {
        if (switchCase) this.error(x.expr!.pos, `invalid case ${exprString(x.expr!)} in switch (${cause || 'can only compare ' + this.kindString(errOp.type) + ' to nil'})`);
        else this.error(pos, `invalid operation: ${s} (${cause})`);
      }
      x.mode = 'invalid';
      return;
    }
    if (x.mode === 'constant' && y.mode === 'constant') {
      if (x.val!.kind === 'unknown' || y.val!.kind === 'unknown') x.val = constant.unknownVal;
      else x.val = constant.makeBool(constant.compare(x.val!, op, y.val!));
      x.mode = 'constant';
      this.updateExprType(x.expr!, defaultType(x.type), true);
      this.updateExprType(y.expr!, defaultType(y.type), true);
    } else {
      x.mode = 'value';
      this.updateExprType(x.expr!, defaultType(x.type), true);
      this.updateExprType(y.expr!, defaultType(y.type), true);
    }
    x.type = Typ.UntypedBool;
  }

  incomparableCause(t: Type): string {
    const u = underlying(t);
    switch (u.kind) {
      case 'Slice':
      case 'Signature':
      case 'Map':
        return `${this.kindString(t)} can only be compared to nil`;
      default:
        break;
    }
    if (isTypeParam(t)) return `incomparable types in type set`;
    if (u.kind === 'Struct') {
      for (const f of u.fields) {
        if (!comparableType(f.type)) return `struct containing ${this.ts(f.type)} cannot be compared`;
      }
    }
    if (u.kind === 'Array') return `${this.ts(t)} cannot be compared`;
    return `${this.ts(t)} cannot be compared`;
  }

  kindString(t: Type): string {
    const u = underlying(t);
    switch (u.kind) {
      case 'Array': return 'array';
      case 'Slice': return 'slice';
      case 'Struct': return 'struct';
      case 'Pointer': return 'pointer';
      case 'Signature': return 'func';
      case 'Interface': return isTypeParam(t) ? 'type parameter' : 'interface';
      case 'Map': return 'map';
      case 'Chan': return 'chan';
      default: return this.ts(t);
    }
  }

  shift(x: Operand, y: Operand, e: ast.Expr | null, op: '<<' | '>>'): void {
    let xval: ConstValue | null = null;
    if (x.mode === 'constant') xval = constant.toInt(x.val!);
    if (isInteger(x.type) || (isUntyped(x.type) && xval !== null && xval.kind === 'int')) {
      // ok
    } else {
      this.error(x.expr!.pos, `invalid operation: shifted operand ${this.opString(x)} must be integer`);
      x.mode = 'invalid';
      return;
    }
    let yval: ConstValue | null = null;
    if (y.mode === 'constant') {
      yval = constant.toInt(y.val!);
      if (yval.kind === 'int' && yval.i < 0n) {
        this.error(y.expr!.pos, `invalid shift count ${this.opString(y)} (must be non-negative)`);
        x.mode = 'invalid';
        return;
      }
      if (isUntyped(y.type)) {
        this.representable(y, Typ.Uint);
        if (isBad(y)) {
          x.mode = 'invalid';
          return;
        }
      }
    } else {
      if (isUntyped(y.type)) {
        this.convertUntyped(y, Typ.Uint);
        if (y.mode === 'invalid') {
          x.mode = 'invalid';
          return;
        }
      } else if (!isInteger(y.type)) {
        this.error(y.expr!.pos, `invalid operation: shift count ${this.opString(y)} must be integer`);
        x.mode = 'invalid';
        return;
      }
    }
    if (x.mode === 'constant') {
      if (y.mode === 'constant') {
        if (x.val!.kind === 'unknown' || y.val!.kind === 'unknown') {
          x.val = constant.unknownVal;
          if (e !== null) x.expr = e;
          return;
        }
        if (isUntyped(x.type)) x.type = unalias(x.type) === Typ.UntypedRune ? Typ.UntypedRune : Typ.UntypedInt;
        const s = yval!.kind === 'int' ? yval!.i : 0n;
        if (s > 1023n) {
          this.error(y.expr!.pos, `invalid shift count ${this.opString(y)}`);
          x.mode = 'invalid';
          return;
        }
        x.val = constant.shift(xval!, op, Number(s));
        if (e !== null) x.expr = e;
        this.overflow(x, e !== null ? (e as ast.BinaryExpr).opPos ?? e.pos : x.expr!.pos);
        return;
      }
      if (isUntyped(x.type)) {
        // non-constant shift with constant lhs: type determined later
        const u = this.untyped.get(x.expr!.id);
        if (u !== undefined) u.isLhs = true;
        x.mode = 'value';
        if (e !== null) x.expr = e;
        return;
      }
    }
    if (!isInteger(x.type)) {
      this.error(x.expr!.pos, `invalid operation: shifted operand ${this.opString(x)} must be integer`);
      x.mode = 'invalid';
      return;
    }
    x.mode = 'value';
    if (e !== null) x.expr = e;
  }

  // -------------------------------------------------------------------------
  // Untyped conversion and representability

  representable(x: Operand, t: Basic): void {
    const r = representableConst(x.val!, t);
    if (!r.ok) {
      const tstr = this.ts(t);
      if (isNumeric(x.type) && isNumeric(t)) {
        if (!isInteger(x.type) && isInteger(t)) this.error(x.expr!.pos, `${this.opString(x)} truncated to ${tstr}`);
        else this.error(x.expr!.pos, `${this.opString(x)} overflows ${tstr}`);
      } else this.error(x.expr!.pos, `cannot convert ${this.opString(x)} to type ${tstr}`);
      x.mode = 'invalid';
      return;
    }
    x.val = r.val;
  }

  /** implicitTypeAndValue + convertUntyped. */
  convertUntyped(x: Operand, target: Type): void {
    if (x.mode === 'invalid' || isTyped(x.type) || isInvalid(target)) return;
    const [t, val, code] = this.implicitTypeAndValue(x, target);
    if (t === null) {
      let msg: string;
      if (code === 'truncated' || code === 'overflows') {
        msg = `${this.opString(x)} ${code === 'truncated' ? 'truncated to' : 'overflows'} ${this.ts(target)}`;
      } else msg = `cannot convert ${this.opString(x)} to type ${this.ts(target)}`;
      this.error(x.expr!.pos, msg);
      x.mode = 'invalid';
      return;
    }
    if (val !== null) x.val = val;
    if (!identical(x.type, t)) {
      x.type = t;
      this.updateExprType(x.expr!, t, false);
    }
    if (x.mode === 'nilvalue' && !isUntyped(t)) {
      // nil keeps mode nilvalue (types2)
    }
  }

  implicitTypeAndValue(x: Operand, target: Type): [Type | null, ConstValue | null, string] {
    if (x.mode === 'invalid' || isTyped(x.type) || isInvalid(target)) return [x.type, null, ''];
    if (isUntyped(target)) {
      // both untyped
      if (isNumeric(x.type) && isNumeric(target)) {
        const xk = rank((unalias(x.type) as Basic).basic);
        const tk = rank((unalias(target) as Basic).basic);
        return [xk > tk ? x.type : target, null, ''];
      }
      if (!identical(x.type, target)) return [null, null, 'mismatch'];
      return [x.type, null, ''];
    }
    const u = underlying(target);
    if (isTypeParam(target)) {
      const ts = tparamTypeSet(unalias(target) as TypeParam);
      if (ts.terms === null) {
        if (x.mode === 'nilvalue') return [null, null, 'mismatch'];
        return [defaultType(x.type), null, ''];
      }
      for (const term of ts.terms) {
        const [t] = this.implicitTypeAndValue(x, term.type);
        if (t === null) return [null, null, 'mismatch'];
      }
      return [target, null, ''];
    }
    switch (u.kind) {
      case 'Basic': {
        if (x.mode === 'constant') {
          const r = representableConst(x.val!, u);
          if (!r.ok) {
            // types2 representation(): float → integer is "truncated", all else "overflows"
            if (isNumeric(x.type) && isNumeric(u)) return [null, null, !isInteger(x.type) && isInteger(u) ? 'truncated' : 'overflows'];
            return [null, null, 'mismatch'];
          }
          return [target, r.val, ''];
        }
        const xk = (unalias(x.type) as Basic).basic;
        switch (xk) {
          case 'untyped bool':
            if (!isBoolean(u)) return [null, null, 'mismatch'];
            break;
          case 'untyped int':
          case 'untyped rune':
          case 'untyped float':
          case 'untyped complex':
            if (!isNumeric(u)) return [null, null, 'mismatch'];
            break;
          case 'untyped string':
            if (!isString(u)) return [null, null, 'mismatch'];
            break;
          case 'untyped nil':
            if (u.basic !== 'unsafe.Pointer') return [null, null, 'mismatch'];
            return [Typ.UntypedNil, null, ''];
          default:
            return [null, null, 'mismatch'];
        }
        return [target, null, ''];
      }
      case 'Interface':
        if (x.mode === 'nilvalue') return [Typ.UntypedNil, null, ''];
        if (typeSet(u).methods.length > 0 || typeSet(u).terms !== null) {
          // keep: assignability check reports
          return [defaultType(x.type), null, ''];
        }
        return [defaultType(x.type), null, ''];
      case 'Pointer':
      case 'Signature':
      case 'Slice':
      case 'Map':
      case 'Chan':
        if (x.mode !== 'nilvalue') return [null, null, 'mismatch'];
        return [Typ.UntypedNil, null, ''];
      default:
        return [null, null, 'mismatch'];
    }
  }

  // -------------------------------------------------------------------------
  // Assignability (operand.go assignableTo)

  assignableTo(x: Operand, T: Type): boolean {
    return this.assignableCause(x, T) === null;
  }

  /** null if assignable, '' if not (no cause), or the cause text. */
  assignableCause(x: Operand, T: Type): string | null {
    const V = x.type;
    if (identical(V, T)) return null;
    if (isInvalid(V) || isInvalid(T)) return null;
    const Vu = underlying(V);
    const Tu = underlying(T);
    const Vp = isTypeParam(V);
    const Tp = isTypeParam(T);
    if (isUntyped(V)) {
      if (Tp) {
        const ts = tparamTypeSet(unalias(T) as TypeParam);
        if (ts.terms === null) return x.mode === 'nilvalue' ? '' : '';
        return ts.terms.every((t) => this.assignableCause({ ...x }, t.type) === null) ? null : '';
      }
      const [t] = this.implicitTypeAndValue(x, T);
      return t !== null ? null : '';
    }
    if (identical(Vu, Tu) && (!isNamedT(V) || !isNamedT(T)) && !Vp && !Tp) return null;
    if (Tu.kind === 'Interface' && !Tp) {
      const mm = missingMethod(V, Tu, true);
      if (mm !== null) return `${this.ts(V)} does not implement ${this.ts(T)} ${this.missingCause(V, mm)}`;
      const ts = typeSet(Tu);
      if (ts.terms !== null) return '';
      return null;
    }
    if (Vu.kind === 'Interface' && !Vp && Tu.kind !== 'Interface') {
      const mm = missingMethod(T, Vu, false);
      if (mm === null) return `need type assertion`;
      return '';
    }
    if (Vu.kind === 'Chan' && Vu.dir === 'both' && Tu.kind === 'Chan' && identical(Vu.elem, Tu.elem)) {
      return !isNamedT(V) || !isNamedT(T) ? null : '';
    }
    if (Vp || Tp) {
      if (Tp && !Vp) {
        const ts = tparamTypeSet(unalias(T) as TypeParam);
        if (ts.terms !== null && ts.terms.length > 0 && ts.terms.every((t) => this.assignableCause({ ...x, type: V }, t.type) === null) && !isNamedT(V)) return null;
      }
      if (Vp && !Tp && !isNamedT(T)) {
        const ts = tparamTypeSet(unalias(V) as TypeParam);
        if (ts.terms !== null && ts.terms.length > 0 && ts.terms.every((t) => this.assignableCause({ ...x, type: t.type }, T) === null)) return null;
      }
      return '';
    }
    return '';
  }

  /** assignment: x is assigned to a variable of type T in context (assignments.go). */
  assignment(x: Operand, T: Type | null, context: Context): void {
    this.singleValue(x);
    if (x.mode === 'value' && x.expr !== null && unalias(x.type).kind === 'Signature' && (unalias(x.type) as Signature).typeParams.length > 0) {
      // A generic function value (a call argument checked with allowGeneric) gets its type
      // arguments from T here, as assignments.go's nonGeneric(newTarget(T, context), x).
      this.nonGeneric(x, newTarget(T, context, context.startsWith('argument to') ? 21 : 27));
      if (isBad(x)) return;
      this.record(x);
    }
    switch (x.mode) {
      case 'invalid':
        return;
      case 'nilvalue':
      case 'constant':
      case 'variable':
      case 'mapindex':
      case 'value':
      case 'commaok':
      case 'commaerr':
        break;
      default:
        this.error(x.expr!.pos, `cannot assign ${this.opString(x)} to ${T === null ? '' : this.ts(T)} in ${context}`);
        x.mode = 'invalid';
        return;
    }
    if (isUntyped(x.type)) {
      let target = T;
      if (T === null || (isNonTypeParamInterface(T) && !isTypeParam(T))) {
        if (T === null && unalias(x.type) === Typ.UntypedNil) {
          this.error(x.expr!.pos, `use of untyped nil in ${context}`);
          x.mode = 'invalid';
          return;
        }
        target = defaultType(x.type);
        if (x.mode === 'nilvalue' && T !== null) target = T;
      }
      if (target !== null) {
        const [newType, val, code] = this.implicitTypeAndValue(x, target);
        if (newType === null) {
          let msg: string;
          if (code === 'truncated' || code === 'overflows') {
            msg = `cannot use ${this.opString(x)} as ${this.ts(target)} value in ${context} (${code})`;
          } else if (x.mode === 'nilvalue') {
            msg = `cannot use nil as ${this.ts(target)} value in ${context}`;
          } else {
            msg = `cannot use ${this.opString(x)} as ${this.ts(target)} value in ${context}`;
          }
          this.error(x.expr!.pos, msg);
          x.mode = 'invalid';
          return;
        }
        if (val !== null) x.val = val;
        if (newType !== x.type) {
          x.type = newType;
          this.updateExprType(x.expr!, newType, false);
        }
      }
    }
    if (T === null) return;
    if (x.mode === 'nilvalue' && hasNil(T)) {
      this.updateExprType(x.expr!, T, true);
      return;
    }
    const cause = this.assignableCause(x, T);
    if (cause !== null) {
      let msg: string;
      const what = x.mode === 'nilvalue' ? 'nil' : this.opString(x);
      if (this.minor < 20) {
        // go1.19 gc sets CompilerErrorMessages (go1.19 types2/assignments.go:89-92).
        msg = `cannot use ${what} as type ${this.ts(T)} in ${context}`;
        if (cause !== '') msg += ':\n\t' + cause;
      } else {
        msg = `cannot use ${what} as ${this.ts(T)} value in ${context}`;
        if (cause !== '') msg += ': ' + cause;
      }
      this.error(x.expr!.pos, msg);
      x.mode = 'invalid';
    }
  }

  // -------------------------------------------------------------------------
  // Type assertions

  typeAssertion(e: ast.Expr, x: Operand, T: Type, typeSwitch: boolean): void {
    const Vu = underlying(x.type);
    if (Vu.kind !== 'Interface') return;
    // A type parameter's underlying type is its constraint's interface (go/types IsInterface).
    if (isInterface(T) || isTypeParam(T)) return;
    const mm = missingMethod(T, Vu, false);
    if (mm === null) return;
    const cause = this.missingCause(T, mm);
    if (typeSwitch) {
      this.error(e.pos, `impossible type switch case: ${exprString(e)}\n\t${this.opString(x)} cannot have dynamic type ${this.ts(T)} ${cause}`);
      return;
    }
    this.error(e.pos, `impossible type assertion: ${exprString(e)}\n\t${this.ts(T)} does not implement ${this.ts(x.type)} ${cause}`);
  }

  // implemented in call.ts / stmt.ts (assigned on the prototype)
  declare callExpr: (x: Operand, e: ast.CallExpr) => void;
  declare funcInst: (x: Operand, e: ast.IndexExpr | ast.IndexListExpr, inferArgs: Operand[] | null) => void;
  declare funcBody: (name: string, sig: Signature, body: ast.BlockStmt, scope: Scope) => void;
  declare initVar: (lhs: Var, x: Operand, context: Context) => void;
  declare initVars: (lhs: Var[], rhs: ast.Expr[], returnStmt: ast.ReturnStmt | null) => void;
}

export function isComparisonOp(op: string): boolean {
  return op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}

export function defaultType(t: Type): Type {
  const u = unalias(t);
  if (u.kind !== 'Basic') return t;
  switch (u.basic) {
    case 'untyped bool': return Typ.Bool;
    case 'untyped int': return Typ.Int;
    case 'untyped rune': return Typ.Rune;
    case 'untyped float': return Typ.Float64;
    case 'untyped complex': return Typ.Complex128;
    case 'untyped string': return Typ.String;
    default: return t;
  }
}

function rank(k: BasicKind): number {
  switch (k) {
    case 'untyped int': return 1;
    case 'untyped rune': return 2;
    case 'untyped float': return 3;
    case 'untyped complex': return 4;
    default: return 0;
  }
}

export function isTyped(t: Type): boolean {
  return !isUntyped(t);
}

export function isNamedT(t: Type): boolean {
  const u = unalias(t);
  return u.kind === 'Named' || u.kind === 'Basic' || u.kind === 'TypeParam';
}

export function isNonTypeParamInterface(t: Type): boolean {
  return !isTypeParam(t) && underlying(t).kind === 'Interface';
}

function isPointerT(t: Type): boolean {
  return underlying(t).kind === 'Pointer';
}

export function hasNil(t: Type): boolean {
  if (isTypeParam(t)) {
    const ts = tparamTypeSet(unalias(t) as TypeParam);
    return ts.terms !== null && ts.terms.length > 0 && ts.terms.every((x) => hasNil(x.type));
  }
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      return u.basic === 'unsafe.Pointer' || u.basic === 'untyped nil';
    case 'Slice':
    case 'Pointer':
    case 'Signature':
    case 'Map':
    case 'Chan':
    case 'Interface':
      return true;
    default:
      return false;
  }
}

function allNumericT(t: Type): boolean {
  if (isTypeParam(t)) {
    const ts = tparamTypeSet(unalias(t) as TypeParam);
    return ts.terms !== null && ts.terms.length > 0 && ts.terms.every((x) => allNumericT(x.type));
  }
  return isNumeric(t);
}

function allIntegerT(t: Type): boolean {
  if (isTypeParam(t)) {
    const ts = tparamTypeSet(unalias(t) as TypeParam);
    return ts.terms !== null && ts.terms.length > 0 && ts.terms.every((x) => allIntegerT(x.type));
  }
  return isInteger(t);
}

function allOrdered(t: Type): boolean {
  if (isTypeParam(t)) {
    const ts = tparamTypeSet(unalias(t) as TypeParam);
    return ts.terms !== null && ts.terms.length > 0 && ts.terms.every((x) => allOrdered(x.type));
  }
  const b = basicOf(t);
  return b !== null && (isInteger(b) || isFloat(b) || isString(b));
}

function derefT(t: Type): [Type, boolean] {
  const u = unalias(t);
  if (u.kind === 'Pointer') return [u.elem, true];
  return [t, false];
}

function constKey(v: ConstValue): string | null {
  switch (v.kind) {
    case 'int': return 'i' + v.i.toString();
    case 'float': return v.den === 1n ? 'i' + v.num.toString() : 'f' + v.num + '/' + v.den;
    case 'string': return 's' + v.s;
    case 'bool': return 'b' + v.b;
    default: return null;
  }
}

function typeKeyStr(t: Type): string {
  return ':' + typeKey(t);
}

export { constKey, typeKeyStr, newFunc, newNamed, scopeInsert, isBasicKindUnsigned, embeddedElem, type Func };
