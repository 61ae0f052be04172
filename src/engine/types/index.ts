// The type checker: go1.27 go/types / cmd/compile/internal/types2 for one file, with
// the error messages `go build` prints.
//
// # Algorithm
//
// check(file) runs types2's checkFiles phases on a single-file package:
//  1. collectObjects [checker.ts]: declares every package-level object (const, var,
//     type, func) in the package scope, resolves imports through the importer (a
//     missing package is `not supported by Go Map Lab: package "p"`), and files methods
//     under their receiver base type name.
//  2. packageObjects [checker.ts]: type-checks declarations in source order, types first
//     (non-alias, then alias). objDecl [expr.ts] colours objects white/grey/black; a grey
//     object reached again is a cycle, valid only through a defined type. Function bodies
//     are queued (`later`) and checked after all package-level declarations.
//  3. Delayed actions: function bodies [stmt.ts funcBody], function literals (checked at
//     the end of the statement containing them, as types2 does), map key checks,
//     validType (a struct/array may not contain itself) and constraint verification.
//  4. initOrder [checker.ts]: the package initialization order (Info.initOrder) from the
//     dependencies recorded while checking initializers; reports initialization cycles.
//  5. unusedImports; then untyped expressions still pending get their default types.
// Errors go to the parser's ErrorList (gc's base.ErrorfAt semantics: sorted by position,
// one identical message per line, and `too many errors` after 10); once it is full the
// checker stops (bailout).
//
// # Files
//
//  types.ts     type representation (go/types shapes), objects, scopes, Info, typeString
//  constant.ts  exact constants (BigInt integers, BigInt rationals), go/constant printing
//  literal.ts   values of literals
//  universe.ts  predeclared types, constants, nil, builtins
//  lookup.ts    type sets, substitution/instantiation, field and method lookup,
//               interface satisfaction (missingMethod), comparability
//  checker.ts   package-level declarations, imports, init order, validType, type decls
//  expr.ts      the Checker class: operands, identifiers, type expressions, objDecl,
//               expressions, untyped conversion, representability, assignability
//  call.ts      calls, conversions, builtins, type inference
//  stmt.ts      statements, function bodies, assignments, switches, range, termination
//
// # Versions
//
// The language version (CheckOptions.go) gates features as the toolchain of that release
// does (min/max/clear from 1.21, range over int from 1.22, range over func from 1.23,
// new(expr) from 1.26) and selects the wording of that release's messages where it
// changed (go1.19 "x declared but not used", go1.20-1.22 "x declared and not used",
// go1.23+ "declared and not used: x" and the "in call to f, " inference prefix).
//
// # Glossary
//
//  - object: a named language entity (Var, Const, TypeName, Func, PkgName, Builtin, Nil,
//    Label) [types.ts Obj]. Declared in a scope; recorded in Info.defs at its declaring
//    identifier and Info.uses at every use.
//  - scope: a block's name→object map with a parent link [types.ts Scope]; universe ⊃
//    package ⊃ function ⊃ blocks. Function literal scopes are marked isFunc so unused
//    variables are reported once, by their own body.
//  - operand: the result of checking an expression [expr.ts Operand]: a mode, a type, a
//    constant value. Modes (go/types operandMode): invalid, novalue (call without
//    results), builtin, typexpr, constant, variable (addressable), mapindex, value,
//    nilvalue, commaok (v, ok forms), commaerr.
//  - untyped constant: a constant of kind untyped bool/int/rune/float/string (and
//    untyped nil) whose final type is decided by its context (assignment, conversion,
//    the other operand). Values are exact [constant.ts]: BigInt integers, BigInt
//    rationals for floats; representability checks round to float32/float64 and report
//    gc's `(overflows)` / `(truncated)`. Pending untyped expressions live in `untyped`
//    until updateExprType fixes their type.
//  - type set: the set of types an interface stands for [lookup.ts typeSet]: its methods
//    plus the intersection of its embedded terms (`~int | string`); null terms mean
//    "all types". Constraints satisfy/implement checks use it, as do core types.
//
// # Invariants
//
//  - Every expression checked without error has an Info.types entry keyed by node id;
//    constant expressions carry their (representable, rounded) value. Unlike go/types,
//    an expression still untyped at the end (an untyped constant declaration's
//    initializer, a comparison's result) is recorded with its default type (int,
//    float64, bool, ...), so CORE never sees untyped types except untyped nil.
//  - Named types have a non-null underlying type once their declaration is checked;
//    instances expand lazily (lookup.ts expand).
//  - Messages are byte strings, like the source; positions are the start of the
//    offending expression unless types2 reports elsewhere (e.g. `missing return` at the
//    closing brace, call errors at `(`).
//  - Branch statements and labels are the parser's (gc runs types2 with
//    IgnoreBranchErrors).

import type * as ast from '../frontend/ast.ts';
import type { Diagnostic } from '../api.ts';
import type { Info, Package } from './types.ts';
import type { CheckOptions, Importer } from './checker.ts';
import { bailout, collectObjects, packageObjects, initOrder, unusedImports } from './checker.ts';
import { Checker } from './expr.ts';
import './call.ts';
import './stmt.ts';

export type { CheckOptions, Importer };
export * from './types.ts';

export interface CheckOutput {
  info: Info;
  /** Diagnostics of the file (the error list's, when one was passed in). */
  diagnostics: Diagnostic[];
  pkg: Package;
}

/** Type-checks a parsed file (a single-file package). */
export function check(file: ast.File, opts: CheckOptions): CheckOutput {
  const c = new Checker(file, opts);
  try {
    collectObjects(c);
    packageObjects(c);
    c.processDelayed(0);
    c.info.initOrder = initOrder(c);
    c.pkg.initOrder = c.info.initOrder;
    unusedImports(c);
  } catch (e) {
    if (e !== bailout) throw e;
  }
  c.recordUntyped();
  return { info: c.info, diagnostics: c.errors.diagnostics(), pkg: c.pkg };
}
