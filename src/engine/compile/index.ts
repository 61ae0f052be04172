// compile: Go source → an executable Program (generated JavaScript plus its tables).
//
// # Algorithm
//
//  1. parseFile (frontend) and check (types) the user's file; standard library packages
//     are imported through `importPackage`, which parses and checks the package's Go
//     source from the registry (stdlib/index.ts, plus CORE's runtime/pkgs.ts) once per
//     Go version and caches the result. Any diagnostic ends compilation with what
//     `go build` prints.
//  2. The packages are ordered dependencies first and handed to the generator
//     (codegen.ts), which emits ONE JavaScript function body for the whole program:
//       - every Go function (declared, method or literal) becomes a JS function named
//         `$f<N>`; a table maps each name to the Go name tracebacks print
//         (`main.f`, `main.(*T).M`, `main.main.func1`) and records gc's inlining
//         decision (gc's cost estimated by compile/inlcost.ts);
//       - every generated line is mapped to the Go line it came from, so a JS stack
//         trace is a Go traceback (runtime/panic.ts goFrames);
//       - Go locals are JS `let`s; locals whose address is taken are boxed in a VarRef
//         (the box is the pointer); aggregates (structs, arrays) are JS objects/arrays
//         that are never rebound: assignment copies into them, so a pointer to an
//         aggregate is the object itself;
//       - integers of 64 bits go through the helpers of runtime/ints.ts (numbers while
//         safe, BigInt beyond), except locals that mix bits (hashes, PRNG states), which
//         int64pair.ts keeps in two int32 words; 8/16/32-bit integers are wrapped inline (`|0`, `>>>0`,
//         `&255`, ...), float64 is a JS number, float32 is rounded with Math.fround;
//       - a step counter `$s` is bumped at each function entry and loop back-edge; at
//         each check point `$L` (every 2^20 steps) runtime/helpers.ts limit() ends the
//         run at the step limit or past the wall-time deadline (LimitExceeded);
//       - generic functions and methods of generic types are generated once per list of
//         type arguments (monomorphisation, Gen.instanceName), named `pkg.F[...]` as gc
//         names them in tracebacks;
//       - range over functions (go1.23) turns the loop body into the yield function;
//       - defer/recover: a function with defers collects [fn, args] pairs in `$d`; its
//         body runs in `try`, returns become `break $body`, and runDefers runs the
//         deferred calls last-first with the panic in progress (runtime/panic.ts).
//  3. The body is compiled once with `new Function` (sourceURL gomaplab-prog.js); each
//     run instantiates it with fresh run-time types, natives and package variables.
//
// # Invariants
//
//  - Goroutine-capable functions are generators (async.ts decides which; runtime/index.ts
//    describes the scheduler); sequential programs contain no generator at all.
//  - Unsupported Go (goto into, labelled break/continue out of a range-over-func body) is
//    rejected with a positioned `not supported by Go Map Lab: <feature>` diagnostic.
//  - A pointer to an array is the JS array itself; (*[N]T)(s) of a slice that does not
//    start at index 0 of its backing array or is shorter than it gets a view (a Proxy over
//    the backing array, runtime/helpers.ts sliceToArrayPtr), so writes alias as in Go.
//  - Tracebacks: gc's inlining decision is modelled (compile/inlcost.ts: gc's IR node count
//    on the AST, 57 per call, or the callee's cost when it is inlinable (library costs from
//    compile/libcosts.ts), 17 for a call of a parameter from go1.24, budget 80, checked
//    against -gcflags=-m=2 in tests/inline; never for main, init, function literals or
//    functions holding one, //go:noinline functions, functions with
//    defer/recover, functions only reached through values or interfaces, deferred calls,
//    and up to go1.23 functions that call themselves); per call site, a function already
//    inlined on the way from the enclosing real frame is not inlined again, nor (up to
//    go1.23) into itself (runtime/panic.ts inlinedFrames); a function literal or a method
//    reached through an interface is inlined where gc knows it statically (made in the real
//    frame and called there or through an inlined function's parameter; an interface call
//    devirtualised once its caller is inlined: panic.ts staticallyKnown). Inlined frames
//    print `(...)` and no offset.
//  - Generated code never allocates per arithmetic operation on safe integers.
//  - Go 1.22+ loop variables are per iteration (JS `for (let ...)` has exactly that
//    semantics); before 1.22 they are declared once outside the loop.

import type { Diagnostic, CompileOptions, CompileResult, GoVersion } from '../api.ts';
import { DEFAULT_GO } from '../api.ts';
import type * as ast from '../frontend/ast.ts';
import { filePosition } from '../frontend/ast.ts';
import { parseFile } from '../frontend/parser.ts';
import { check } from '../types/index.ts';
import type { Package, Type } from '../types/types.ts';
import { lookupPackage, registry } from '../stdlib/index.ts';
import { corePackages } from '../runtime/pkgs.ts';
import { sortPackages } from '../runtime/pkgs-sort.ts';
import { syncPackages } from '../runtime/pkgs-sync.ts';
import { Gen, Unsupported, type PackageUnit, type StaticFuncInfo } from './codegen.ts';
import type { NativeFn } from '../stdlib/module.ts';
import { bytesToText } from '../stdlib/utf8.ts';

for (const m of [...corePackages, ...sortPackages, ...syncPackages]) if (!registry.has(m.path)) registry.set(m.path, m);

export interface Program {
  go: GoVersion;
  filename: string;
  source: string;
  factory: (...a: unknown[]) => ProgramInstance;
  lines: Int32Array;
  funcs: Map<string, StaticFuncInfo>;
  types: Type[];
  typeIndex: (t: Type) => number;
  natives: NativeFn[];
  /**
   * The program links package os (it imports fmt or os, the supported packages whose real
   * import closure holds it): os's init sets finalizers on its Files, which starts the
   * runtime's finalizer goroutine (runtime.createfing) before main.main.
   */
  fing: boolean;
}

export interface ProgramInstance {
  init(): void;
  main(): void;
  steps(): number;
  /** Goroutines or blocking operations: main runs under the scheduler (runtime/sched.ts). */
  concurrent: boolean;
}

const pkgCache = new Map<string, PackageUnit | null>();

function importPackage(path: string, go: string, order: PackageUnit[], seen: Set<string>): Package | null {
  const key = go + ':' + path;
  let unit = pkgCache.get(key);
  if (unit === undefined) {
    const mod = lookupPackage(path);
    if (mod === undefined) {
      pkgCache.set(key, null);
      return null;
    }
    const deps: PackageUnit[] = [];
    const pr = parseFile(mod.goSource, path + '.go');
    if (pr.diagnostics.length > 0) throw new Error(`stdlib ${path}: ${pr.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`).join('; ')}`);
    // Our standard library sources use range-over-func (iter.Seq): check them with the
    // language of go1.23 at least, as each real release compiles its std with its own version.
    const langGo = Number(go.split('.')[1]) < 23 ? '1.23' : go;
    const cr = check(pr.file, { go: langGo, path, stdlib: true, importer: (p) => importPackage(p, go, deps, new Set()) });
    if (cr.diagnostics.length > 0) throw new Error(`stdlib ${path}: ${cr.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`).join('; ')}`);
    unit = { path, file: pr.file, info: cr.info, pkg: cr.pkg, lazyVars: mod.lazyVars === true };
    pkgCache.set(key, unit);
  }
  if (unit === null) return null;
  if (!seen.has(path)) {
    seen.add(path);
    // Dependencies first.
    for (const imp of unit.pkg.imports) importPackage(imp.path, go, order, seen);
    if (!order.includes(unit)) order.push(unit);
  }
  return unit.pkg;
}

/** Standard packages newer than some supported release: the minor version that added them. */
const ADDED_IN: Record<string, number> = { cmp: 21, maps: 21, slices: 21, iter: 23 };

/**
 * Imports of standard packages the release does not have: the go command fails before
 * compiling, e.g. go1.19 `prog.go:3:8: package maps is not in GOROOT (/usr/local/go/src/maps)`
 * (no `# command-line-arguments` header; cmd/go/internal/load).
 */
function packagesNotInRelease(file: ast.File, go: string, filename: string): Diagnostic[] {
  const minor = Number(go.split('.')[1]);
  const out: Diagnostic[] = [];
  for (const spec of file.imports) {
    // `"fmt"` or `\`fmt\`` (a raw string is a valid import path too).
    const path = stringLitValue(spec.path.value) ?? '';
    const since = ADDED_IN[path];
    if (since === undefined || minor >= since) continue;
    const at = filePosition(file, spec.path.pos);
    out.push({ file: filename, line: at.line, col: at.col, message: `package ${path} is not in GOROOT (/usr/local/go/src/${path})`, goCommand: true });
  }
  return out;
}

export function compileProgram(source: string, opts: CompileOptions = {}): CompileResult<Program> {
  const go = opts.go ?? DEFAULT_GO;
  const filename = opts.filename ?? 'prog.go';
  const pr = parseFile(source, filename, { go });
  if (pr.stop) return { ok: false, diagnostics: textDiagnostics(pr.diagnostics) };
  const missing = packagesNotInRelease(pr.file, go, filename);
  if (missing.length > 0) return { ok: false, diagnostics: missing };
  const order: PackageUnit[] = [];
  const seen = new Set<string>();
  const cr = check(pr.file, { go, errors: pr.errors, importer: (p) => importPackage(p, go, order, seen) });
  if (cr.diagnostics.length > 0) return { ok: false, diagnostics: textDiagnostics(cr.diagnostics) };
  const units = [...order, { path: 'main', file: pr.file, info: cr.info, pkg: cr.pkg }];
  let gen;
  try {
    gen = new Gen(units, go).generate();
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, diagnostics: [unsupportedDiag(e, filename)] };
    return { ok: false, diagnostics: [internalDiag(e, pr.file, filename)] };
  }
  if (gen.mainFn === '') return { ok: false, diagnostics: [{ file: filename, line: 1, col: 1, message: 'function main is undeclared in the main package' }] };
  const natives: NativeFn[] = [];
  for (const [path, name] of gen.natives) {
    const fn = lookupPackage(path)?.natives[name];
    if (fn === undefined) throw new Error(`native ${path}.${name} is missing`);
    natives.push(fn);
  }
  let factory: Program['factory'];
  try {
    factory = new Function('$rt', '$T', '$N', gen.source + '\n//# sourceURL=gomaplab-prog.js') as Program['factory'];
  } catch (e) {
    return { ok: false, diagnostics: [internalDiag(e, pr.file, filename)] };
  }
  const idx = gen.typeIndex;
  const keyOfType = new TypeIndexer(gen.types);
  void idx;
  return {
    ok: true,
    program: {
      go, filename, source: gen.source, factory, lines: Int32Array.from(gen.lines), funcs: gen.funcs, types: gen.types,
      typeIndex: (t) => keyOfType.index(t), natives,
      fing: cr.pkg.imports.some((p) => p.path === 'fmt' || p.path === 'os'),
    },
  };
}

import { rtKey } from './rtypes.ts';
import { stringLitValue } from '../types/literal.ts';

/** Index of a component type in the program's type table (by run-time identity key). */
class TypeIndexer {
  private readonly keys = new Map<string, number>();
  constructor(types: Type[]) {
    types.forEach((t, i) => {
      const k = rtKey(t);
      if (!this.keys.has(k)) this.keys.set(k, i);
    });
  }
  index(t: Type): number {
    const i = this.keys.get(rtKey(t));
    if (i === undefined) throw new Error('type missing from the table: ' + rtKey(t));
    return i;
  }
}

/** The front end's messages are byte strings (like the source); the API carries text. */
function textDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds.map((d) => ({ ...d, message: bytesToText(d.message) }));
}

/**
 * A failure of the engine itself on a program the checker accepted: reported as a compile
 * error at the package clause, never as an exception out of compile().
 */
function internalDiag(e: unknown, file: ast.File, filename: string): Diagnostic {
  const p = filePosition(file, file.package);
  return { file: filename, line: p.line, col: p.col, message: internalError('compiler', e) };
}

/** How a failure of the engine itself is reported (compile errors, the run's last line). */
export function internalError(part: 'compiler' | 'runtime', e: unknown): string {
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return `internal error in Go Map Lab's ${part}, please report this program (${msg})`;
}

function unsupportedDiag(e: Unsupported, filename: string): Diagnostic {
  const p = filePosition(e.file as ast.File, e.pos);
  return { file: filename, line: p.line, col: p.col, message: 'not supported by Go Map Lab: ' + e.message };
}
