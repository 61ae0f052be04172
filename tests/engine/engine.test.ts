// Focused tests of the engine core (compile + run): each program in tests/engine/progs has
// a golden captured from real Go 1.27 (or one per release of its `// versions:` header) by
// scripts/capture-engine-goldens.mjs; the engine's
// stdout, normalised stderr and exit code must equal it.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, run } from '../../src/engine/index.ts';
import { formatBuildErrors, type GoVersion } from '../../src/engine/api.ts';
import { ABS_PATH, firstLines, normaliseStderr } from '../../scripts/lib/normalise.ts';

const PROGS = join(import.meta.dirname, 'progs');

interface Golden {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Compiles and runs a program as the conformance runner does; stderr normalised. */
export function runGo(source: string, go: GoVersion = '1.27'): Golden {
  const c = compile(source, { go, filename: 'prog.go' });
  if (!c.ok) return { stdout: '', stderr: formatBuildErrors(c.diagnostics), exitCode: 1 };
  const r = run(c.program, { absPath: ABS_PATH, limits: { steps: 2e8, wallMs: 20_000 } });
  const m = /^\/\/ stderr-lines: (\d+)$/m.exec(source);
  const stderr = normaliseStderr(r.stderr);
  return { stdout: r.stdout, stderr: m ? firstLines(stderr, Number(m[1])) : stderr, exitCode: r.exitCode };
}

/** The program's result must equal the golden captured from real Go. */
function expectGolden(name: string, version: GoVersion | null): void {
  const source = readFileSync(join(PROGS, `${name}.go`), 'utf8');
  const file = version === null ? `${name}.golden.json` : `${name}.${version}.golden.json`;
  const golden = JSON.parse(readFileSync(join(PROGS, file), 'utf8')) as Golden;
  expect(runGo(source, version ?? '1.27')).toEqual(golden);
}

/** The releases of a `// versions: 1.23 1.27` header (one golden each), or null (1.27 only). */
function versionsOf(name: string): GoVersion[] | null {
  const m = /^\/\/ versions: ([0-9. ]+)$/m.exec(readFileSync(join(PROGS, `${name}.go`), 'utf8'));
  return m ? (m[1]!.trim().split(/\s+/) as GoVersion[]) : null;
}

describe('engine core against real Go goldens', () => {
  const names = readdirSync(PROGS).filter((f) => f.endsWith('.go')).map((f) => f.slice(0, -3)).sort();
  for (const name of names) {
    const vs = versionsOf(name);
    if (vs === null) it(name, () => expectGolden(name, null));
    else for (const v of vs) it(`${name} (go${v})`, () => expectGolden(name, v));
  }
});

describe('limits and determinism', () => {
  const spin = 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n';
  it('ends a runaway loop at the step limit with exit code 3', () => {
    const c = compile(spin);
    if (!c.ok) throw new Error('does not compile');
    const r = run(c.program, { limits: { steps: 10_000 } });
    expect(r.exitCode).toBe(3);
    expect(r.limit).toBe('steps');
    expect(r.stderr).toBe('gomaplab: program exceeded the step limit (10000 steps)\n');
  });
  it('ends a runaway loop at the wall-time limit', () => {
    const c = compile(spin);
    if (!c.ok) throw new Error('does not compile');
    const r = run(c.program, { limits: { wallMs: 200 } });
    expect(r.exitCode).toBe(3);
    expect(r.limit).toBe('time');
    expect(r.stderr).toBe('gomaplab: program exceeded the time limit (200 ms)\n');
  });
  it('gives byte-identical results for the same seed and different map orders for others', () => {
    const src = readFileSync(join(PROGS, 'maps_semantics.go'), 'utf8').replace('package main', 'package main') +
      '\nfunc init() {\n\tm := map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8}\n\tfor k := range m {\n\t\tprint(k)\n\t}\n}\n';
    const c = compile(src);
    if (!c.ok) throw new Error('does not compile');
    const a = run(c.program, { seed: 7 });
    const b = run(c.program, { seed: 7 });
    expect(a).toEqual(b);
    const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => run(c.program, { seed }).stderr));
    expect(orders.size).toBeGreaterThan(1);
  });
});
