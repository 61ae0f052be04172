// Selection and checking of Go's own `// run` test programs ($GOROOT/test, read at test
// time, never committed) for tests/gotest. Follows go1.27
// src/cmd/internal/testdir/testdir_test.go: the directories of its `dirs` list, the action
// in the first line, and for `run` the check in (test).checkExpectedOutput: the program
// must exit with status 0 and its combined stdout+stderr must equal the `.out` file next
// to it, or be empty when there is none.
//
// In scope (IN_SCOPE_RULE): a program is run here when all of these hold
//   1. it is <dir>/<name>.go for a dir in testdir's `dirs` list;
//   2. its first line is exactly `// run` (no flags, no arguments, no -goexperiment or
//      -gcflags) and its header (the text before `package`) has no build constraint;
//   3. it imports only packages of the supported set (SUPPORTED_IMPORTS), or also
//      "runtime" when every runtime.X it uses is one the engine models (RUNTIME_FUNCS);
//   4. it uses no complex numbers, which the engine rejects by design
//      (`not supported by Go Map Lab: complex numbers`). Goroutines, channels and select
//      are in scope since Engine II.
//   5. it is not in EXCLUDED (named programs, each with its reason).
// `// run` programs are single-file by definition (multi-file tests are `rundir`).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineJob, EngineJobResult } from './engine-pool.ts';
import type { GoVersion } from '../../src/engine/api.ts';
import { ABS_PATH } from './normalise.ts';

export const GOTEST_VERSION: GoVersion = '1.27';
export const GOTEST_ROOT = `/usr/lib/go-${GOTEST_VERSION}/test`;

/** testdir_test.go `dirs` (go1.27). */
export const TESTDIR_DIRS = [
  '.', 'ken', 'chan', 'interface', 'internal/runtime/sys', 'syntax', 'dwarf', 'fixedbugs',
  'codegen', 'abi', 'typeparam', 'typeparam/mdempsky', 'arenas', 'simd',
];

export const SUPPORTED_IMPORTS = new Set([
  'fmt', 'strings', 'strconv', 'errors', 'sort', 'slices', 'maps', 'math', 'math/bits',
  'unicode', 'unicode/utf8', 'os', 'sync', 'sync/atomic', 'time',
]);

/** The runtime functions the engine models (runtime.GC is a no-op for a program's output). */
export const RUNTIME_FUNCS = new Set(['GC', 'Gosched', 'GOMAXPROCS', 'NumGoroutine', 'NumCPU', 'Goexit']);

/** Programs left out by name, with the reason. */
export const EXCLUDED: ReadonlyMap<string, string> = new Map([
  [
    'fixedbugs/issue34395.go',
    'a 100 MiB package-level array (the test is about loading a large data section on wasm): data, not heap, ' +
      'so the 64 MiB memory limit these suites set does not apply to it (the engine charges heap allocations), and its run time ' +
      '(30-70 s on the 2-core VM) straddles the wall-clock limit and its outcome would depend on the machine',
  ],
]);

export const IN_SCOPE_RULE =
  'first line exactly `// run`, no build constraints, single file in testdir dirs, imports within ' +
  '{' + [...SUPPORTED_IMPORTS].join(', ') + '} (+ runtime for ' + [...RUNTIME_FUNCS].map((f) => `runtime.${f}`).join(', ') + '), no complex numbers, not named in EXCLUDED';

export interface GoTestProgram {
  /** Path relative to GOTEST_ROOT, e.g. `fixedbugs/issue1234.go`. */
  id: string;
  source: string;
  /** Expected combined output (`.out` file, or '' when there is none). */
  expected: string;
}

/** Strips comments, string, rune and raw string literals (for the feature checks only). */
function codeOnly(src: string): string {
  return src.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`]*`/g, (m) =>
    m.startsWith('"') || m.startsWith("'") || m.startsWith('`') ? '""' : ' ',
  );
}

function importsOf(src: string): string[] {
  const out: string[] = [];
  const block = /^import\s*\(([\s\S]*?)\)/gm;
  const single = /^import\s+(?:[A-Za-z_.][A-Za-z0-9_]*\s+)?"([^"]+)"/gm;
  for (const m of src.matchAll(block)) {
    for (const q of m[1]!.matchAll(/"([^"]+)"/g)) out.push(q[1]!);
  }
  for (const m of src.matchAll(single)) out.push(m[1]!);
  return out;
}

/** testdir's action: the first line that is not a build constraint, without `//`. */
export function actionOf(src: string): string {
  for (const line of src.split('\n')) {
    if (/^\/\/go:build|^\/\/ \+build/.test(line)) continue;
    return line.replace(/^\/\//, '').trim();
  }
  return '';
}

/** Why a program is out of scope, or null when it is in scope. */
export function outOfScope(src: string): string | null {
  const header = src.split('\npackage', 1)[0]!;
  if (/^\/\/go:build|^\/\/ \+build/m.test(header)) return 'build constraint';
  if (src.split('\n', 1)[0] !== '// run') return 'run with flags or arguments';
  const imports = importsOf(src);
  for (const p of imports) {
    if (p === 'runtime') continue;
    if (!SUPPORTED_IMPORTS.has(p)) return `imports ${p}`;
  }
  const code = codeOnly(src);
  if (imports.includes('runtime')) {
    for (const m of code.matchAll(/\bruntime\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
      if (!RUNTIME_FUNCS.has(m[1]!)) return `uses runtime.${m[1]}`;
    }
  }
  if (/\bcomplex(64|128)?\b|\b(real|imag)\s*\(|\b\d+(\.\d*)?([eE][+-]?\d+)?i\b/.test(code)) return 'complex numbers';
  return null;
}

/** All in-scope programs, sorted by id, and the count of `// run` programs looked at. */
export function listGoTests(root = GOTEST_ROOT): { programs: GoTestProgram[]; runCount: number; excluded: Map<string, number> } {
  const programs: GoTestProgram[] = [];
  const excluded = new Map<string, number>();
  let runCount = 0;
  for (const dir of TESTDIR_DIRS) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).sort()) {
      if (!f.endsWith('.go')) continue;
      const id = dir === '.' ? f : `${dir}/${f}`;
      const source = readFileSync(join(abs, f), 'utf8');
      // Only programs whose action is `run` (with or without flags) are counted.
      if (!/^run(\s|$)/.test(actionOf(source))) continue;
      runCount++;
      const why = EXCLUDED.has(id) ? 'excluded by name' : outOfScope(source);
      if (why) {
        const group = why.startsWith('imports') ? 'imports outside the set' : why.startsWith('uses runtime') ? 'uses runtime beyond the modelled functions' : why;
        excluded.set(group, (excluded.get(group) ?? 0) + 1);
        continue;
      }
      const outPath = join(abs, f.slice(0, -3) + '.out');
      const expected = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
      programs.push({ id, source, expected });
    }
  }
  return { programs, runCount, excluded };
}

/** testdir's check: exit status 0 and combined output equal to the .out file (or empty). */
export function checkGoTest(p: GoTestProgram, r: EngineJobResult): string | null {
  if (r.status !== 'ok') return r.message;
  const got = r.combined.replace(/\r\n/g, '\n');
  if (r.exitCode !== 0) {
    const first = got.split('\n').find((l) => l.trim() !== '' && !l.startsWith('# ')) ?? '';
    return `exit status ${r.exitCode}${r.limit ? ` (limit: ${r.limit})` : ''}: ${first.slice(0, 120)}`;
  }
  if (got !== p.expected) {
    const w = p.expected.split('\n');
    const g = got.split('\n');
    for (let i = 0; i < Math.max(w.length, g.length); i++) {
      if (w[i] !== g[i]) return `output line ${i + 1}: want ${JSON.stringify(w[i] ?? '<end>').slice(0, 80)}, got ${JSON.stringify(g[i] ?? '<end>').slice(0, 80)}`;
    }
  }
  return null;
}

/**
 * Engine limits for a Go test program. Outcomes must not depend on the machine's speed. The
 * step limit is deterministic. The wall-clock limit (the pool ends a run 10 s after it) is
 * set so that every program that passes finishes far below it (the slowest, copy.go, takes
 * 3-10 s on the 2-core VM) and every program that reaches it fails anyway (it would need
 * more steps than the step limit, or, like fixedbugs/issue34395.go's 100 MiB array, about
 * 70 s), so either limit yields the same pass/fail; only the reason text can differ.
 */
export const GOTEST_STEPS = 5e7;
export const GOTEST_MEMORY_BYTES = 64 << 20;
export const GOTEST_WALL_MS = 30_000;

/** The engine job for a Go test program. */
export function goTestJob(p: GoTestProgram): EngineJob {
  return {
    source: p.source,
    go: GOTEST_VERSION,
    absPath: ABS_PATH,
    steps: GOTEST_STEPS,
    memoryBytes: GOTEST_MEMORY_BYTES,
    wallMs: GOTEST_WALL_MS,
    wantCombined: true,
  };
}

export const GOTEST_KNOWN_FAILURES_HEADING =
  '# Go test suite (`// run` programs of /usr/lib/go-1.27/test, in-scope rule in scripts/lib/gotest.ts)\n' +
  '# the engine does not pass yet: `<path>  <reason>`. tests/gotest/gotest.test.ts fails when a listed\n' +
  '# program passes or an unlisted one fails. Regenerate with `node scripts/update-known-failures.mjs --gotest`.\n';

/** `go test suite (run): N/M in-scope pass (X%)` */
export function goTestSummary(pass: number, total: number): string {
  const pct = total === 0 ? 0 : (100 * pass) / total;
  return `go test suite (run): ${pass}/${total} in-scope pass (${pct.toFixed(1)}%)`;
}
